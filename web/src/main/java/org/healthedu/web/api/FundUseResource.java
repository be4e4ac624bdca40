package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.file.FilePolicy;
import org.healthedu.project.FundCategory;
import org.healthedu.project.FundUseDraft;
import org.healthedu.project.FundUseService;
import org.healthedu.project.FundUseView;
import org.healthedu.shared.DomainException;

/** One fund-use entry: read, change, remove, and its receipt. */
@Path("fund-uses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "project texts and funds")
public class FundUseResource {

    @Inject
    private FundUseService funds;

    @GET
    @Path("{id}")
    @Operation(summary = "One fund-use entry")
    public FundUseView get(@PathParam("id") long id) {
        return funds.entry(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a fund-use entry; give the version you read to avoid lost updates")
    public FundUseView update(@PathParam("id") long id, FundUseRequest request) {
        return funds.revise(id, draft(request, request == null ? null : request.expectedVersion()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a fund-use entry recorded by mistake; give the version you read")
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        funds.remove(id, version);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/receipt")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach the receipt (PDF, PNG or JPEG, at most 10 MiB, recognised by its content) as the "
            + "request body; its name is a query parameter")
    public FundUseView attachReceipt(@PathParam("id") long id, @QueryParam("filename") String filename,
            InputStream body) throws IOException {
        return funds.attachReceipt(id, filename, Uploads.read(body, FilePolicy.EVIDENCE));
    }

    @GET
    @Path("{id}/receipt")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the entry's receipt")
    public Response receipt(@PathParam("id") long id) {
        return Downloads.attachment(funds.receipt(id));
    }

    /** A fund-use entry as posted; the category by name (TRAINING, MATERIALS, …). */
    public record FundUseRequest(LocalDate spentOn, String category, BigDecimal amountCny, String note,
            Long expectedVersion) {
    }

    static FundUseDraft draft(FundUseRequest request, Long expectedVersion) {
        UnitResource.requireBody(request);
        return new FundUseDraft(request.spentOn(), category(request.category()), request.amountCny(), request.note(),
                expectedVersion);
    }

    private static FundCategory category(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return FundCategory.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("category", "fundUse.category.unknown");
        }
    }
}
