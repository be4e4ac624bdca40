package org.healthedu.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.healthedu.file.FilePolicy;
import org.healthedu.organisation.OrganisationService;
import org.healthedu.organisation.SiteService;
import org.healthedu.organisation.SiteView;
import org.healthedu.organisation.UnitView;
import org.healthedu.project.AllocationNode;
import org.healthedu.project.FundCategory;
import org.healthedu.project.FundSummary;
import org.healthedu.project.FundUseDraft;
import org.healthedu.project.FundUseService;
import org.healthedu.project.FundUseView;
import org.healthedu.project.IndicatorView;
import org.healthedu.project.ProjectChanges;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectSiteView;
import org.healthedu.project.ProjectTextService;
import org.healthedu.project.ProjectTextView;
import org.healthedu.project.ProjectView;
import org.healthedu.project.TargetService;
import org.healthedu.project.TargetView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.organisation.UnitViewConverter;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.Pages;
import org.healthedu.web.shell.PageDownloads;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.TabChangeEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One project in full: overview and project text versions, sites, targets and their breakdown, fund use, and links to
 * the parts with pages of their own (groups, curriculum, courseware, batches). Every action goes through the services,
 * which check the caller's role and scope again; the page only hides what the caller may not do.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private TargetService targets;

    @Inject
    private ProjectTextService texts;

    @Inject
    private FundUseService funds;

    @Inject
    private OrganisationService organisation;

    @Inject
    private SiteService siteService;

    private Long id;
    private ProjectView project;
    private boolean canManage;
    private int activeIndex;

    private List<ProjectTextView> textVersions = List.of();
    private String textNote;
    private List<ProjectSiteView> sites = List.of();
    private List<TargetView> targetList = List.of();
    private TargetView selectedTarget;
    private List<AllocationNode> allocations = List.of();
    private FundSummary fundSummary;

    private final ProjectEditForm edit = new ProjectEditForm();
    private final PickedUnitForm siteForm = new PickedUnitForm();
    private final AllocationForm allocationForm = new AllocationForm();
    private final FundUseForm fundForm = new FundUseForm();

    // target dialog
    private List<IndicatorView> indicators = List.of();
    private Long targetIndicatorId;
    private Long targetValue;
    private Long targetVersion;

    private FundUseView receiptFor;
    private UnitViewConverter unitConverter;

    private final LazyDataModel<FundUseView> fundEntries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) funds.entries(id, 0, 1).total();
        }

        @Override
        public List<FundUseView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<FundUseView> page = funds.entries(id, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(FundUseView entry) {
            return String.valueOf(entry.id());
        }
    };

    /** Loads the project named by the {@code id} parameter: 404 when there is none, 403 when it is out of scope. */
    public void load() throws IOException {
        if (project != null) {
            return;
        }
        try {
            if (id == null) {
                Pages.sendNotFound();
                return;
            }
            project = projects.getProject(id);
            canManage = projects.canManage(id);
            refreshAll();
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    private void refreshAll() {
        textVersions = texts.versions(id);
        sites = projects.sitesOf(id);
        refreshTargets();
        fundSummary = funds.summary(id);
    }

    private void refreshProject() {
        project = projects.getProject(id);
        canManage = projects.canManage(id);
    }

    private void refreshTargets() {
        targetList = targets.targetsOf(id);
        if (selectedTarget != null) {
            selectedTarget = targetList.stream().filter(t -> t.id() == selectedTarget.id()).findFirst().orElse(null);
        }
        allocations = selectedTarget == null ? List.of() : targets.allocations(selectedTarget.id());
    }

    // ---- overview: the project's own fields and status ----

    public void startEdit() {
        edit.fill(project);
    }

    public void saveEdit() {
        try {
            project = projects.updateProject(id, new ProjectChanges(edit.getCode(), edit.getNameZh(),
                    edit.getNameEn(), edit.getStartDate(), edit.getEndDate(), edit.getDescription(),
                    edit.getBudgetCny(), project.version()));
            fundSummary = funds.summary(id);
            FacesMessages.info("project.saved", project.nameZh());
            PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "editForm:");
        }
    }

    public void activate() {
        try {
            projects.activateProject(id);
            refreshProject();
            FacesMessages.info("project.activated", project.nameZh());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void close() {
        try {
            projects.closeProject(id);
            refreshProject();
            FacesMessages.info("project.closedNow", project.nameZh());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    // ---- project text ----

    public void uploadText(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            ProjectTextView uploaded = texts.upload(id, file.getFileName(), file.getContent(), textNote);
            textNote = null;
            textVersions = texts.versions(id);
            FacesMessages.info("projectText.uploadedNow", uploaded.versionNo(), uploaded.fileName());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public StreamedContent textFile(ProjectTextView version) {
        return PageDownloads.streamed(texts.download(id, version.id()));
    }

    public long getTextMaxBytes() {
        return FilePolicy.DOCUMENT.maxBytes();
    }

    public long getEvidenceMaxBytes() {
        return FilePolicy.EVIDENCE.maxBytes();
    }

    // ---- sites ----

    public void startAddSite() {
        siteForm.clear();
    }

    public jakarta.faces.convert.Converter<UnitView> getUnitConverter() {
        if (unitConverter == null) {
            unitConverter = new UnitViewConverter(organisation);
        }
        return unitConverter;
    }

    public List<UnitView> completeUnit(String text) {
        return organisation.search(text, false, 0, 20).items();
    }

    /** The chosen unit's active sites, to pick one from. */
    public List<SiteView> getUnitSites() {
        return sitesOfUnit(siteForm.getUnit());
    }

    public List<SiteView> getAllocationUnitSites() {
        return sitesOfUnit(allocationForm.getUnit());
    }

    private List<SiteView> sitesOfUnit(UnitView unit) {
        if (unit == null) {
            return List.of();
        }
        return siteService.sitesOf(unit.id(), 0, Page.MAX_LIMIT).items().stream().filter(SiteView::active).toList();
    }

    public void addSite() {
        if (siteForm.getSiteId() == null) {
            FacesMessages.errorText("projectPage.site.pick");
            return;
        }
        try {
            UnitView responsible = siteForm.getResponsible();
            ProjectSiteView added = projects.addSite(id, siteForm.getSiteId(),
                    responsible == null ? null : responsible.id());
            sites = projects.sitesOf(id);
            refreshProject();
            FacesMessages.info("projectPage.site.added", added.siteNameZh());
            PrimeFaces.current().executeScript("PF('siteDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "siteForm:");
        }
    }

    public void removeSite(ProjectSiteView site) {
        try {
            projects.removeSite(id, site.siteId());
            sites = projects.sitesOf(id);
            refreshProject();
            FacesMessages.info("projectPage.site.removed", site.siteNameZh());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    // ---- targets and their breakdown ----

    public void startSetTarget(TargetView target) {
        indicators = targets.indicators(id);
        targetIndicatorId = target == null ? (indicators.isEmpty() ? null : indicators.get(0).id())
                : target.indicatorId();
        targetValue = target == null ? null : target.plannedValue();
        targetVersion = target == null ? null : target.version();
    }

    public void saveTarget() {
        try {
            if (targetIndicatorId == null) {
                throw DomainException.invalid("indicator", "error.required");
            }
            TargetView saved = targets.setTarget(id, targetIndicatorId, targetValue, targetVersion);
            selectedTarget = saved;
            refreshTargets();
            FacesMessages.info("projectPage.target.saved", saved.nameZh(), saved.plannedValue());
            PrimeFaces.current().executeScript("PF('targetDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "targetForm:");
        }
    }

    public void selectTarget(TargetView target) {
        selectedTarget = target;
        refreshTargets();
    }

    /** Starts a share of the selected target: at the top ({@code parent} null) or below an allocation. */
    public void startAllocate(AllocationNode parent) {
        allocationForm.startNew(parent);
    }

    public void startChangeAllocation(AllocationNode node) {
        allocationForm.startChange(node);
    }

    public void saveAllocation() {
        if (selectedTarget == null) {
            return;
        }
        try {
            AllocationNode saved;
            if (allocationForm.getChanging() != null) {
                saved = targets.changeAllocation(allocationForm.getChanging().id(), allocationForm.getValue(),
                        allocationForm.getChanging().version());
            } else {
                UnitView unit = allocationForm.getUnit();
                if (unit == null) {
                    throw DomainException.invalid("unit", "error.required");
                }
                Long siteId = allocationForm.isToSite() ? allocationForm.getSiteId() : null;
                if (allocationForm.isToSite() && siteId == null) {
                    throw DomainException.invalid("site", "error.required");
                }
                AllocationNode parent = allocationForm.getParent();
                saved = targets.allocate(selectedTarget.id(), parent == null ? null : parent.id(),
                        siteId == null ? unit.id() : null, siteId, allocationForm.getValue());
            }
            refreshTargets();
            FacesMessages.info("projectPage.allocation.saved", saved.nameZh(), saved.value());
            PrimeFaces.current().executeScript("PF('allocationDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "allocationForm:");
        }
    }

    public void removeAllocation(AllocationNode node) {
        try {
            targets.removeAllocation(node.id());
            refreshTargets();
            FacesMessages.info("projectPage.allocation.removed", node.nameZh());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    // ---- fund use ----

    public void startFundUse(FundUseView entry) {
        fundForm.fill(entry, project);
    }

    public void saveFundUse() {
        try {
            FundUseDraft draft = new FundUseDraft(fundForm.getSpentOn(), fundForm.getCategory(),
                    fundForm.getAmountCny(), fundForm.getNote(), fundForm.getVersion());
            FundUseView saved = fundForm.getEditingId() == null ? funds.record(id, draft)
                    : funds.revise(fundForm.getEditingId(), draft);
            fundSummary = funds.summary(id);
            FacesMessages.info("fundUse.saved", saved.amountCny().toPlainString());
            PrimeFaces.current().executeScript("PF('fundDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "fundForm:");
        }
    }

    public void removeFundUse(FundUseView entry) {
        try {
            funds.remove(entry.id(), entry.version());
            fundSummary = funds.summary(id);
            FacesMessages.info("fundUse.removed", entry.amountCny().toPlainString());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void startReceipt(FundUseView entry) {
        receiptFor = entry;
    }

    public void uploadReceipt(FileUploadEvent event) {
        if (receiptFor == null) {
            return;
        }
        UploadedFile file = event.getFile();
        try {
            funds.attachReceipt(receiptFor.id(), file.getFileName(), file.getContent());
            fundSummary = funds.summary(id);
            FacesMessages.info("fundUse.receiptAttached", file.getFileName());
            PrimeFaces.current().executeScript("PF('receiptDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public StreamedContent receiptFile(FundUseView entry) {
        return PageDownloads.streamed(funds.receipt(entry.id()));
    }

    public List<FundCategory> getFundCategories() {
        return Arrays.asList(FundCategory.values());
    }


    // ---- accessors ----

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectView getProject() {
        return project;
    }

    public boolean isCanManage() {
        return canManage;
    }

    /** The open tab, kept when a dialog's save redraws the tabs. */
    public int getActiveIndex() {
        return activeIndex;
    }

    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
    }

    public void onTabChange(TabChangeEvent<?> event) {
        activeIndex = Math.max(0, event.getComponent().getChildren().indexOf(event.getTab()));
    }

    public List<ProjectTextView> getTextVersions() {
        return textVersions;
    }

    public String getTextNote() {
        return textNote;
    }

    public void setTextNote(String textNote) {
        this.textNote = textNote;
    }

    public List<ProjectSiteView> getSites() {
        return sites;
    }

    public List<TargetView> getTargets() {
        return targetList;
    }

    public TargetView getSelectedTarget() {
        return selectedTarget;
    }

    public List<AllocationNode> getAllocations() {
        return allocations;
    }

    public FundSummary getFundSummary() {
        return fundSummary;
    }

    public LazyDataModel<FundUseView> getFundEntries() {
        return fundEntries;
    }

    public ProjectEditForm getEdit() {
        return edit;
    }

    public PickedUnitForm getSiteForm() {
        return siteForm;
    }

    public AllocationForm getAllocationForm() {
        return allocationForm;
    }

    public FundUseForm getFundForm() {
        return fundForm;
    }

    public List<IndicatorView> getIndicators() {
        return indicators;
    }

    public Long getTargetIndicatorId() {
        return targetIndicatorId;
    }

    public void setTargetIndicatorId(Long targetIndicatorId) {
        this.targetIndicatorId = targetIndicatorId;
    }

    public Long getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(Long targetValue) {
        this.targetValue = targetValue;
    }

    public boolean isEditingTarget() {
        return targetVersion != null;
    }

    public FundUseView getReceiptFor() {
        return receiptFor;
    }

    /** The largest date a fund-use entry may carry, for the date picker. */
    public LocalDate getPeriodEnd() {
        return project == null ? null : project.endDate();
    }

    public LocalDate getPeriodStart() {
        return project == null ? null : project.startDate();
    }

    public BigDecimal getBudget() {
        return project == null ? BigDecimal.ZERO : project.budgetCny();
    }
}
