package org.healthedu.web.privacy;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.healthedu.enrolment.ParticipantView;
import org.healthedu.privacy.ErasureRequest;
import org.healthedu.privacy.ErasureResult;
import org.healthedu.privacy.PersonalDataExport;
import org.healthedu.privacy.PersonalDataService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.PageDownloads;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The participants page's privacy actions: download everything held about a participant (JSON, or a PDF in the page's
 * language) and erase their personal data after a confirmation with a reason. Scope and audit are the service's.
 */
@Named
@ViewScoped
public class PersonalDataActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonalDataService personalData;

    private Long erasing;
    private String erasingName;
    private String reason;

    public StreamedContent json(long participantId) {
        try {
            PersonalDataExport export = personalData.export(participantId);
            byte[] bytes;
            try (Jsonb jsonb = JsonbBuilder.create()) {
                bytes = jsonb.toJson(export).getBytes(StandardCharsets.UTF_8);
            }
            return DefaultStreamedContent.builder().name("personal-data-" + participantId + ".json")
                    .contentType("application/json").stream(() -> new ByteArrayInputStream(bytes)).build();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("could not write the export", e);
        }
    }

    public StreamedContent pdf(long participantId) {
        try {
            boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            return PageDownloads.streamed(personalData.exportPdf(participantId, english));
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            return null;
        }
    }

    public void startErasure(ParticipantView participant) {
        erasing = participant.id();
        erasingName = participant.anonymised() ? "#" + participant.id() : participant.displayName();
        reason = null;
    }

    public void erase() {
        if (erasing == null) {
            return;
        }
        try {
            ErasureResult result = personalData.erase(erasing, new ErasureRequest(reason, java.util.List.of()));
            FacesMessages.info(result.alreadyErased() ? "privacy.erase.already" : "privacy.erase.done",
                    result.label());
            if (result.filesThatMayShow() > 0) {
                FacesMessages.info("privacy.erase.filesToCheck", result.filesThatMayShow());
            }
            erasing = null;
            PrimeFaces.current().executeScript("PF('erasureDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "erasureForm:");
        }
    }

    public String getErasingName() {
        return erasingName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
