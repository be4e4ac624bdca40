package org.healthedu.web.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.healthedu.organisation.imports.ImportPreview;
import org.healthedu.organisation.imports.UnitImportService;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.tabular.RowError;
import org.healthedu.web.i18n.Texts;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Upload a CSV or XLSX of units, see every row with its errors, then apply all of them or none. The file is kept
 * only for this page (to apply exactly what was previewed), and is validated again when applied.
 */
@Named
@ViewScoped
public class UnitImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitImportService importer;

    private String filename;
    private byte[] content;
    private ImportPreview preview;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        filename = file.getFileName();
        content = file.getContent();
        try {
            preview = importer.preview(filename, content);
        } catch (DomainException e) {
            preview = null;
            content = null;
            FacesMessages.error(e, null);
        }
    }

    public void apply() {
        if (content == null) {
            return;
        }
        try {
            int created = importer.apply(filename, content);
            FacesMessages.info("import.applied", created);
            preview = null;
            content = null;
            filename = null;
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void discard() {
        preview = null;
        content = null;
        filename = null;
    }

    public String describe(RowError error) {
        return Texts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), error.messageKey(),
                error.args().toArray());
    }

    public String getFilename() {
        return filename;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
