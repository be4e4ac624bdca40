package org.healthedu.web.feedback;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.healthedu.feedback.FeedbackFormService;
import org.healthedu.feedback.FormDetail;
import org.healthedu.feedback.FormSummary;
import org.healthedu.feedback.NewForm;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The forms the caller sees, a page at a time; a template or form is copied into the caller's unit to be edited. */
@Named
@ViewScoped
public class FormsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackFormService forms;

    private String searchText;
    private boolean showArchived;
    private String nameZh;
    private String nameEn;
    private boolean forParents = true;
    private boolean forStudents;

    private final LazyDataModel<FormSummary> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) forms.listForms(searchText, showArchived, 0, 1).total();
        }

        @Override
        public List<FormSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<FormSummary> page = forms.listForms(searchText, showArchived, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(FormSummary form) {
            return String.valueOf(form.id());
        }
    };

    /** Copies the form into the caller's unit and opens the copy in the builder. */
    public void copy(FormSummary source) throws IOException {
        try {
            open(forms.create(new NewForm(null, source.id(), null, null, null, null, null)), "feedback.form.copied");
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void startCreate() {
        nameZh = null;
        nameEn = null;
        forParents = true;
        forStudents = false;
    }

    public void create() throws IOException {
        try {
            open(forms.create(new NewForm(null, null, nameZh, nameEn, forParents, forStudents, false)),
                    "feedback.form.created");
        } catch (DomainException e) {
            FacesMessages.error(e, "newFormForm:");
        }
    }

    private static void open(FormDetail created, String messageKey) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info(messageKey, created.summary().nameZh());
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/feedback/form.xhtml?id=" + created.id());
    }

    public LazyDataModel<FormSummary> getList() {
        return list;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public boolean isShowArchived() {
        return showArchived;
    }

    public void setShowArchived(boolean showArchived) {
        this.showArchived = showArchived;
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

    public boolean isForParents() {
        return forParents;
    }

    public void setForParents(boolean forParents) {
        this.forParents = forParents;
    }

    public boolean isForStudents() {
        return forStudents;
    }

    public void setForStudents(boolean forStudents) {
        this.forStudents = forStudents;
    }
}
