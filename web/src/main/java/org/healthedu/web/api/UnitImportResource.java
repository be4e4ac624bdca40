package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.organisation.imports.ImportPreview;
import org.healthedu.organisation.imports.UnitImportParser;
import org.healthedu.organisation.imports.UnitImportService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.i18n.Texts;

/**
 * Bulk import of units from a CSV or XLSX file sent as the request body: preview first (every row with its errors,
 * nothing changed), then apply (all rows or none).
 */
@Path("unit-imports")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units")
public class UnitImportResource {

    @Inject
    private UnitImportService importer;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("preview")
    @Operation(summary = "Check a CSV/XLSX file of units row by row; changes nothing")
    public PreviewView preview(@QueryParam("filename") String filename, InputStream body) throws IOException {
        ImportPreview preview = importer.preview(filename, read(body));
        Locale locale = Problems.localeOf(headers);
        List<RowView> rows = preview.rows().stream().map(r -> new RowView(r.row().line(), r.row().code(),
                r.row().parentCode(), r.kind() == null ? r.row().kind() : r.kind().name(), r.row().nameZh(),
                r.row().nameEn(), r.errors().stream().map(e -> new ErrorView(e.field(), e.messageKey(),
                        Texts.text(locale, e.messageKey(), e.args().toArray()))).toList())).toList();
        return new PreviewView(rows, preview.errorRows(), preview.canApply());
    }

    @POST
    @Path("apply")
    @Operation(summary = "Create every unit of the file, or none if any row has an error")
    public AppliedView apply(@QueryParam("filename") String filename, InputStream body) throws IOException {
        return new AppliedView(importer.apply(filename, read(body)));
    }

    /** Reads at most the parser's limit plus one byte, so an oversized body is refused without being held whole. */
    private static byte[] read(InputStream body) throws IOException {
        byte[] content = body.readNBytes(UnitImportParser.MAX_MIB * 1024 * 1024 + 1);
        if (content.length > UnitImportParser.MAX_MIB * 1024 * 1024) {
            throw DomainException.invalid("file", "import.file.tooLarge", UnitImportParser.MAX_MIB);
        }
        return content;
    }


    public record ErrorView(String field, String code, String message) {
    }

    public record RowView(int line, String code, String parentCode, String kind, String nameZh, String nameEn,
            List<ErrorView> errors) {
    }

    public record PreviewView(List<RowView> rows, int errorRows, boolean canApply) {
    }

    public record AppliedView(int created) {
    }
}
