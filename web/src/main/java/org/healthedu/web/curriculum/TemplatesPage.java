package org.healthedu.web.curriculum;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.healthedu.curriculum.CurriculumDetail;
import org.healthedu.curriculum.CurriculumService;
import org.healthedu.curriculum.CurriculumSummary;
import org.healthedu.curriculum.TemplateDraft;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/** The curriculum templates the caller may see and adopt; coordinators create their unit's own. */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurriculumService curricula;

    private List<CurriculumSummary> templates;
    private String nameZh;
    private String nameEn;
    private String description;

    public List<CurriculumSummary> getTemplates() {
        if (templates == null) {
            templates = curricula.templates();
        }
        return templates;
    }

    public void startCreate() {
        nameZh = null;
        nameEn = null;
        description = null;
    }

    /** Creates the template and opens it in the editor. */
    public void create() throws IOException {
        try {
            CurriculumDetail created = curricula.createTemplate(new TemplateDraft(nameZh, nameEn, description));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("templates.created", created.summary().nameZh());
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/curriculum/template.xhtml?id=" + created.id());
        } catch (DomainException e) {
            FacesMessages.error(e, "templateForm:");
        }
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
