package org.healthedu.web.enrolment;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthedu.curriculum.CurriculumService;
import org.healthedu.curriculum.CurriculumSummary;
import org.healthedu.enrolment.Age;
import org.healthedu.enrolment.BatchDetails;
import org.healthedu.enrolment.BatchService;
import org.healthedu.enrolment.BatchView;
import org.healthedu.enrolment.ParticipantService;
import org.healthedu.enrolment.ParticipantView;
import org.healthedu.enrolment.RosterEntry;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectSiteView;
import org.healthedu.project.ProjectView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A project's batches ({@code ?project=id}, optionally {@code &batch=id} to open one): their counts, and the chosen
 * batch's roster, a page at a time. Managers plan batches, enrol, move and withdraw people; the site's lecturers and
 * management group read the roster; others with a view of the project see the counts.
 */
@Named
@ViewScoped
public class BatchesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BatchService batchService;

    @Inject
    private ProjectService projectService;

    @Inject
    private ParticipantService participantService;

    @Inject
    private CurriculumService curriculumService;

    @Inject
    private UserBean user;

    private Long projectParam;
    private Long batchParam;
    private ProjectView project;
    private List<BatchView> batches = List.of();
    private boolean managing;
    private BatchView selected;
    private boolean rosterVisible;
    private String rosterText;
    private boolean showEnded;

    // plan a batch
    private List<ProjectSiteView> sites = List.of();
    private List<CurriculumSummary> curricula = List.of();
    private Long siteId;
    private String name;
    private LocalDate plannedStart;
    private Integer capacity;
    private Long curriculumId;

    // enrol, move, withdraw
    private ParticipantView enrolling;
    private RosterEntry acting;
    private Long toBatchId;
    private LocalDate actionDate;
    private String reason;

    private final ParticipantConverter participantConverter = new ParticipantConverter();

    private final class ParticipantConverter implements Converter<ParticipantView>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ParticipantView getAsObject(FacesContext context, UIComponent component, String value) {
            try {
                return value == null || value.isBlank() ? null
                        : participantService.getParticipant(Long.parseLong(value.strip()));
            } catch (NumberFormatException | DomainException e) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, ParticipantView value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    }

    private final LazyDataModel<RosterEntry> roster = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return selected == null ? 0
                    : (int) batchService.roster(selected.id(), rosterText, showEnded, 0, 1).total();
        }

        @Override
        public List<RosterEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (selected == null) {
                return List.of();
            }
            Page<RosterEntry> page = batchService.roster(selected.id(), rosterText, showEnded, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(RosterEntry entry) {
            return String.valueOf(entry.enrolmentId());
        }
    };

    /** Loads the project and its batches; an unknown project is the 404 page, one out of reach the 403 page. */
    public void open() throws IOException {
        try {
            if (projectParam == null) {
                throw DomainException.notFound("project.notFound", "");
            }
            project = projectService.getProject(projectParam);
            batches = batchService.batchesOf(projectParam);
            managing = user.isManager() && batchService.canManageBatches(projectParam);
            if (batchParam != null) {
                batches.stream().filter(b -> b.id() == batchParam).findFirst().ifPresent(this::select);
            } else if (batches.size() == 1) {
                select(batches.get(0));
            }
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
    }

    public void select(BatchView batch) {
        selected = batch;
        rosterText = null;
        rosterVisible = batchService.canSeeRoster(batch.id());
    }

    private void reload() {
        batches = batchService.batchesOf(project.id());
        if (selected != null) {
            long id = selected.id();
            selected = batches.stream().filter(b -> b.id() == id).findFirst().orElse(null);
        }
    }

    // --- planning ---

    public void startPlan() {
        sites = projectService.sitesOf(project.id());
        curricula = curriculumService.versions(project.id());
        siteId = sites.isEmpty() ? null : sites.get(0).siteId();
        name = FacesMessages.text("batch.defaultName", String.valueOf(batches.size() + 1));
        plannedStart = null;
        capacity = 30;
        curriculumId = curricula.isEmpty() ? null : curricula.get(0).id();
    }

    public void plan() {
        try {
            BatchView planned = batchService.planBatch(project.id(), siteId, new BatchDetails(name, plannedStart,
                    capacity), curriculumId);
            FacesMessages.info("batch.planned", planned.name());
            reload();
            select(batches.stream().filter(b -> b.id() == planned.id()).findFirst().orElse(planned));
            PrimeFaces.current().executeScript("PF('batchDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "batchForm:");
        }
    }

    // --- enrolments ---

    public List<ParticipantView> completeParticipant(String text) {
        return participantService.listParticipants(text, null, null, 0, 20).items();
    }

    public void startEnrol() {
        enrolling = null;
    }

    public void enrol() {
        if (selected == null) {
            return;
        }
        if (enrolling == null) {
            FacesMessages.errorText("enrolment.participantRequired");
            return;
        }
        try {
            batchService.enrol(selected.id(), enrolling.id());
            FacesMessages.info("enrolment.enrolled", enrolling.displayName(), selected.name());
            enrolling = null;
            reload();
            PrimeFaces.current().executeScript("PF('enrolDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "enrolForm:");
        }
    }

    public void startAction(RosterEntry entry) {
        acting = entry;
        toBatchId = batches.stream().filter(b -> selected == null || b.id() != selected.id()).map(BatchView::id)
                .findFirst().orElse(null);
        actionDate = Age.today();
        reason = null;
    }

    public void move() {
        if (acting == null || selected == null) {
            return;
        }
        try {
            RosterEntry moved = batchService.move(selected.id(), acting.enrolmentId(), toBatchId, actionDate, reason);
            String target = batches.stream().filter(b -> b.id() == toBatchId).map(BatchView::name).findFirst()
                    .orElse("");
            FacesMessages.info("enrolment.moved", moved.displayName(), target);
            reload();
            PrimeFaces.current().executeScript("PF('moveDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "moveForm:");
        }
    }

    public void withdraw() {
        if (acting == null || selected == null) {
            return;
        }
        try {
            RosterEntry left = batchService.withdraw(selected.id(), acting.enrolmentId(), actionDate, reason,
                    acting.version());
            FacesMessages.info("enrolment.withdrawn", left.displayName());
            reload();
            PrimeFaces.current().executeScript("PF('withdrawDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "withdrawForm:");
        }
    }

    /** Other batches a person can move to. */
    public List<BatchView> getMoveTargets() {
        return batches.stream().filter(b -> selected == null || b.id() != selected.id()).toList();
    }

    public String siteLabel(ProjectSiteView site) {
        return site.siteNameZh();
    }

    public LazyDataModel<RosterEntry> getRoster() {
        return roster;
    }

    public Converter<ParticipantView> getParticipantConverter() {
        return participantConverter;
    }

    public Long getProjectParam() {
        return projectParam;
    }

    public void setProjectParam(Long projectParam) {
        this.projectParam = projectParam;
    }

    public Long getBatchParam() {
        return batchParam;
    }

    public void setBatchParam(Long batchParam) {
        this.batchParam = batchParam;
    }

    public ProjectView getProject() {
        return project;
    }

    public List<BatchView> getBatches() {
        return batches;
    }

    public boolean isManaging() {
        return managing;
    }

    public BatchView getSelected() {
        return selected;
    }

    public boolean isRosterVisible() {
        return rosterVisible;
    }

    public String getRosterText() {
        return rosterText;
    }

    public void setRosterText(String rosterText) {
        this.rosterText = rosterText;
    }

    public boolean isShowEnded() {
        return showEnded;
    }

    public void setShowEnded(boolean showEnded) {
        this.showEnded = showEnded;
    }

    public List<ProjectSiteView> getSites() {
        return sites;
    }

    public List<CurriculumSummary> getCurricula() {
        return curricula;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getCurriculumId() {
        return curriculumId;
    }

    public void setCurriculumId(Long curriculumId) {
        this.curriculumId = curriculumId;
    }

    public ParticipantView getEnrolling() {
        return enrolling;
    }

    public void setEnrolling(ParticipantView enrolling) {
        this.enrolling = enrolling;
    }

    public RosterEntry getActing() {
        return acting;
    }

    public Long getToBatchId() {
        return toBatchId;
    }

    public void setToBatchId(Long toBatchId) {
        this.toBatchId = toBatchId;
    }

    public LocalDate getActionDate() {
        return actionDate;
    }

    public void setActionDate(LocalDate actionDate) {
        this.actionDate = actionDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
