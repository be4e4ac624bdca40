package org.healthedu.web.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthedu.organisation.OrganisationService;
import org.healthedu.organisation.SiteDetails;
import org.healthedu.organisation.SiteKind;
import org.healthedu.organisation.SiteService;
import org.healthedu.organisation.SiteView;
import org.healthedu.organisation.UnitChanges;
import org.healthedu.organisation.UnitDraft;
import org.healthedu.organisation.UnitKind;
import org.healthedu.organisation.UnitView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.NodeCollapseEvent;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.TreeNode;

/**
 * The unit tree: children load when a node opens (so 50,000 units cost only what is shown), a search over the
 * caller's scope, dialogs to create, edit, move and deactivate units, and the sites of the selected unit.
 */
@Named
@ViewScoped
public class UnitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisation;

    @Inject
    private SiteService siteService;

    private Long unitParam;
    private LazyDefaultTreeNode<UnitView> root;
    /** Units the user has opened, so the tree looks the same after it is reloaded. */
    private final Set<Long> expanded = new HashSet<>();
    private UnitView selected;
    private String searchText;
    private boolean searching;

    private final UnitForm unitForm = new UnitForm();
    private UnitView moving;
    private UnitView moveTarget;
    private final SiteForm siteForm = new SiteForm();

    private UnitViewConverter unitConverter;

    private final LazyDataModel<UnitView> searchResults = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) organisation.search(searchText, true, 0, 1).total();
        }

        @Override
        public List<UnitView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<UnitView> page = organisation.search(searchText, true, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(UnitView unit) {
            return String.valueOf(unit.id());
        }
    };

    private final LazyDataModel<SiteView> sites = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return selected == null ? 0 : (int) siteService.sitesOf(selected.id(), 0, 1).total();
        }

        @Override
        public List<SiteView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (selected == null) {
                return List.of();
            }
            Page<SiteView> page = siteService.sitesOf(selected.id(), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(SiteView site) {
            return String.valueOf(site.id());
        }
    };

    public TreeNode<UnitView> getRoot() {
        if (root == null) {
            root = new LazyDefaultTreeNode<>(null, parent -> parent == null ? organisation.scopeRoots()
                    : organisation.childrenOf(parent.id()), unit -> unit != null && !unit.hasChildren());
        }
        return root;
    }

    public void onExpand(NodeExpandEvent event) {
        expanded.add(((UnitView) event.getTreeNode().getData()).id());
    }

    public void onCollapse(NodeCollapseEvent event) {
        expanded.remove(((UnitView) event.getTreeNode().getData()).id());
    }

    /** Reloads the tree after a change, opening again what was open (only those nodes' children are loaded). */
    private void reloadTree() {
        root = null;
        reopen(getRoot());
    }

    private void reopen(TreeNode<UnitView> node) {
        if (node.isLeaf() || node.getChildren() == null) {
            return;
        }
        for (TreeNode<UnitView> child : node.getChildren()) {
            if (child.getData() != null && !child.isLeaf() && expanded.contains(child.getData().id())) {
                child.setExpanded(true);
                reopen(child);
            }
        }
    }

    // --- selection and search ---

    /** Opens the page on one unit ({@code ?unit=id}), e.g. from a link; a unit out of scope is a 403 page. */
    public void open() throws IOException {
        if (unitParam == null) {
            return;
        }
        try {
            selected = organisation.getUnit(unitParam);
        } catch (DomainException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403,
                    null);
            faces.responseComplete();
        }
    }

    public Long getUnitParam() {
        return unitParam;
    }

    public void setUnitParam(Long unitParam) {
        this.unitParam = unitParam;
    }

    public void select(UnitView unit) {
        selected = unit;
    }

    public void search() {
        searching = searchText != null && !searchText.isBlank();
    }

    public void clearSearch() {
        searchText = null;
        searching = false;
    }

    // --- create and edit ---

    public void startCreate(UnitView parent) {
        unitForm.reset();
        unitForm.setParent(parent);
        List<UnitKind> kinds = kindsUnder(parent == null ? null : parent.kind());
        unitForm.setKind(kinds.isEmpty() ? null : kinds.get(0));
    }

    public void startEdit(UnitView unit) {
        unitForm.reset();
        unitForm.setEditingId(unit.id());
        unitForm.setVersion(unit.version());
        unitForm.setCode(unit.code());
        unitForm.setNameZh(unit.nameZh());
        unitForm.setNameEn(unit.nameEn());
        unitForm.setKind(unit.kind());
        unitForm.setParentKind(unit.parentKind());
    }

    public void saveUnit() {
        try {
            UnitView saved;
            if (unitForm.getEditingId() == null) {
                saved = organisation.createUnit(new UnitDraft(unitForm.getCode(), unitForm.getNameZh(),
                        unitForm.getNameEn(), unitForm.getKind(), unitForm.getParentId()));
                if (saved.parentId() != null) {
                    expanded.add(saved.parentId()); // show the new unit where it was put
                }
                FacesMessages.info("unit.created", saved.nameZh());
            } else {
                saved = organisation.updateUnit(unitForm.getEditingId(), new UnitChanges(unitForm.getCode(),
                        unitForm.getNameZh(), unitForm.getNameEn(), unitForm.getKind(), unitForm.getVersion()));
                FacesMessages.info("unit.saved", saved.nameZh());
            }
            selected = saved;
            reloadTree();
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "unitForm:");
        }
    }

    /** Kinds a new or edited unit may take under the form's parent: the dropdown offers nothing that would fail. */
    public List<UnitKind> getFormKinds() {
        return kindsUnder(unitForm.getParentKind());
    }

    static List<UnitKind> kindsUnder(UnitKind parentKind) {
        List<UnitKind> allowed = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            try {
                kind.checkPlacementUnder(parentKind);
                allowed.add(kind);
            } catch (DomainException e) {
                // not offered
            }
        }
        return allowed;
    }

    // --- move ---

    public void startMove(UnitView unit) {
        moving = unit;
        moveTarget = null;
    }

    /** Candidate new parents for the autocomplete: units in scope matching the text, the moved subtree excluded. */
    public List<UnitView> completeMoveTarget(String text) {
        return organisation.search(text, false, 0, 20).items().stream()
                .filter(u -> moving == null || u.id() != moving.id())
                .toList();
    }

    public void move() {
        if (moving == null) {
            return;
        }
        if (moveTarget == null) {
            FacesMessages.errorText("unit.move.targetRequired");
            return;
        }
        try {
            UnitView moved = organisation.moveUnit(moving.id(), moveTarget.id(), moving.version());
            expanded.add(moveTarget.id()); // show the unit in its new place
            FacesMessages.info("unit.moved", moved.nameZh(), moved.parentNameZh());
            selected = moved;
            moving = null;
            reloadTree();
            PrimeFaces.current().executeScript("PF('moveDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "moveForm:");
        }
    }

    // --- deactivate ---

    public void deactivate(UnitView unit) {
        try {
            selected = organisation.deactivateUnit(unit.id());
            FacesMessages.info("unit.deactivated", unit.nameZh());
            reloadTree();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void reactivate(UnitView unit) {
        try {
            selected = organisation.reactivateUnit(unit.id());
            FacesMessages.info("unit.reactivated", unit.nameZh());
            reloadTree();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    // --- sites ---

    public void startCreateSite() {
        siteForm.reset();
        siteForm.setKind(SiteKind.COMMUNITY);
    }

    public void startEditSite(SiteView site) {
        siteForm.reset();
        siteForm.load(site);
    }

    public void saveSite() {
        if (selected == null) {
            return;
        }
        SiteDetails details = siteForm.details();
        try {
            SiteView saved = siteForm.getEditingId() == null
                    ? siteService.createSite(selected.id(), details)
                    : siteService.updateSite(siteForm.getEditingId(), details, siteForm.getVersion());
            FacesMessages.info("site.saved", saved.nameZh());
            selected = organisation.getUnit(selected.id());
            PrimeFaces.current().executeScript("PF('siteDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "siteForm:");
        }
    }

    public void setSiteActive(SiteView site, boolean active) {
        try {
            siteService.setSiteActive(site.id(), active);
            FacesMessages.info(active ? "site.reactivated" : "site.deactivated", site.nameZh());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public List<SiteKind> getSiteKinds() {
        return Arrays.asList(SiteKind.values());
    }

    // --- accessors ---

    public UnitView getSelected() {
        return selected;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public boolean isSearching() {
        return searching;
    }

    public LazyDataModel<UnitView> getSearchResults() {
        return searchResults;
    }

    public LazyDataModel<SiteView> getSites() {
        return sites;
    }

    public UnitForm getUnitForm() {
        return unitForm;
    }

    public SiteForm getSiteForm() {
        return siteForm;
    }

    public UnitView getMoving() {
        return moving;
    }

    public UnitView getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(UnitView moveTarget) {
        this.moveTarget = moveTarget;
    }

    /** Turns a chosen unit's id back into the unit through the service, so scope is checked again. */
    public Converter<UnitView> getUnitConverter() {
        if (unitConverter == null) {
            unitConverter = new UnitViewConverter(organisation);
        }
        return unitConverter;
    }
}
