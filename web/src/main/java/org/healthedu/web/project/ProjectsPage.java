package org.healthedu.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.healthedu.organisation.OrganisationService;
import org.healthedu.organisation.UnitView;
import org.healthedu.project.ProjectDraft;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectStatus;
import org.healthedu.project.ProjectView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Projects the caller sees, filtered by text and status, a page at a time; creation and the status workflow. */
@Named
@ViewScoped
public class ProjectsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private OrganisationService organisation;

    @Inject
    private UserBean user;

    private String searchText;
    private ProjectStatus statusFilter;

    // the creation form
    private final ProjectEditForm form = new ProjectEditForm();
    private Long funderUnitId;
    private List<UnitView> funders = List.of();

    private final LazyDataModel<ProjectView> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) projects.listProjects(searchText, statusFilter, 0, 1).total();
        }

        @Override
        public List<ProjectView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ProjectView> page = projects.listProjects(searchText, statusFilter, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ProjectView project) {
            return String.valueOf(project.id());
        }
    };

    /** A new project is owned by the caller's unit and funded by it or a unit above it (the national one first). */
    public void startCreate() {
        form.startNew(LocalDate.now());
        funders = organisation.lineageOf(user.getCaller().unitId());
        funderUnitId = funders.isEmpty() ? null : funders.get(0).id();
    }

    public void create() {
        try {
            ProjectView created = projects.createProject(new ProjectDraft(form.getCode(), form.getNameZh(),
                    form.getNameEn(), funderUnitId, user.getCaller().unitId(), form.getStartDate(), form.getEndDate(),
                    form.getDescription(), form.getBudgetCny()));
            FacesMessages.info("project.created", created.nameZh());
            PrimeFaces.current().executeScript("PF('projectDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "projectForm:");
        }
    }

    public void activate(ProjectView project) {
        try {
            projects.activateProject(project.id());
            FacesMessages.info("project.activated", project.nameZh());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void close(ProjectView project) {
        try {
            projects.closeProject(project.id());
            FacesMessages.info("project.closedNow", project.nameZh());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public List<ProjectStatus> getStatuses() {
        return Arrays.asList(ProjectStatus.values());
    }

    public LazyDataModel<ProjectView> getList() {
        return list;
    }

    public ProjectEditForm getForm() {
        return form;
    }

    public List<UnitView> getFunders() {
        return funders;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public ProjectStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ProjectStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public Long getFunderUnitId() {
        return funderUnitId;
    }

    public void setFunderUnitId(Long funderUnitId) {
        this.funderUnitId = funderUnitId;
    }

}
