package org.healthedu.web.curriculum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.Pages;

/** One template ({@code ?id=}) in the lesson-and-segment editor. */
@Named
@ViewScoped
public class TemplatePage extends CurriculumEditing {

    private static final long serialVersionUID = 1L;

    private Long idParam;

    public void open() throws IOException {
        if (idParam == null) {
            Pages.sendNotFound();
            return;
        }
        try {
            detail = curricula.curriculum(idParam);
            if (!detail.summary().template()) {
                Pages.sendNotFound();
            }
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    public Long getIdParam() {
        return idParam;
    }

    public void setIdParam(Long idParam) {
        this.idParam = idParam;
    }
}
