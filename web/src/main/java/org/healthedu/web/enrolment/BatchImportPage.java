package org.healthedu.web.enrolment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.healthedu.enrolment.BatchService;
import org.healthedu.enrolment.BatchView;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.enrolment.imports.ImportMode;
import org.healthedu.enrolment.imports.ImportOutcome;
import org.healthedu.enrolment.imports.ParticipantImportPreview;
import org.healthedu.enrolment.imports.ParticipantImportService;
import org.healthedu.enrolment.imports.ParticipantRowResult;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.tabular.RowError;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Import participants into a batch ({@code ?batch=id}) from a CSV or XLSX file: every row is checked and shown with its
 * errors, then the user applies the valid rows only, or all rows (only possible when none has an error). The file is
 * kept for this page only (to apply exactly what was previewed) and is checked again when applied.
 */
@Named
@ViewScoped
public class BatchImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BatchService batches;

    @Inject
    private ParticipantImportService importer;

    private Long batchParam;
    private BatchView batch;
    private ParticipantKind defaultKind = ParticipantKind.PARENT;
    private String filename;
    private byte[] content;
    private ParticipantImportPreview preview;
    private boolean errorsOnly;
    private ImportOutcome outcome;

    /** Only the project's managers import, while it is open: anyone else gets the 403 page. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (batchParam == null) {
                throw DomainException.notFound("batch.notFound", "");
            }
            batch = batches.getBatch(batchParam);
            if (!batches.canManageBatches(batch.projectId())) {
                throw DomainException.forbidden();
            }
        } catch (DomainException e) {
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        filename = file.getFileName();
        content = file.getContent();
        outcome = null;
        check();
    }

    /** Checks the kept file again, e.g. after the default kind changed. */
    public void check() {
        if (content == null) {
            return;
        }
        try {
            preview = importer.preview(batch.id(), filename, content, defaultKind);
        } catch (DomainException e) {
            preview = null;
            content = null;
            FacesMessages.error(e, null);
        }
    }

    public void applyValid() {
        apply(ImportMode.VALID);
    }

    public void applyAll() {
        apply(ImportMode.ALL);
    }

    private void apply(ImportMode mode) {
        if (content == null) {
            return;
        }
        try {
            outcome = importer.apply(batch.id(), filename, content, defaultKind, mode);
            batch = batches.getBatch(batch.id());
            FacesMessages.info("participantImport.applied", outcome.enrolled(), batch.name());
            preview = null;
            content = null;
            filename = null;
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            check();
        }
    }

    public void discard() {
        preview = null;
        content = null;
        filename = null;
    }

    public List<ParticipantRowResult> getRows() {
        if (preview == null) {
            return List.of();
        }
        return errorsOnly ? preview.rows().stream().filter(r -> !r.ok()).toList() : preview.rows();
    }

    /** A row error as the user reads it: the column it concerns, then what is wrong. */
    public String describe(RowError error) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return ImportTexts.describe(locale, error);
    }

    public String getApplyValidLabel() {
        return FacesMessages.text("participantImport.applyValid", preview == null ? 0 : preview.validRows());
    }

    public List<ParticipantKind> getKinds() {
        return Arrays.asList(ParticipantKind.values());
    }

    public Long getBatchParam() {
        return batchParam;
    }

    public void setBatchParam(Long batchParam) {
        this.batchParam = batchParam;
    }

    public BatchView getBatch() {
        return batch;
    }

    public ParticipantKind getDefaultKind() {
        return defaultKind;
    }

    public void setDefaultKind(ParticipantKind defaultKind) {
        this.defaultKind = defaultKind;
    }

    public String getFilename() {
        return filename;
    }

    public ParticipantImportPreview getPreview() {
        return preview;
    }

    public boolean isErrorsOnly() {
        return errorsOnly;
    }

    public void setErrorsOnly(boolean errorsOnly) {
        this.errorsOnly = errorsOnly;
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }
}
