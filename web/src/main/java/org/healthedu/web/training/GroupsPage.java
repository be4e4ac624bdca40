package org.healthedu.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.project.ProjectService;
import org.healthedu.project.ProjectView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.training.AccountChoice;
import org.healthedu.training.GroupMemberView;
import org.healthedu.training.TrainerGroupService;
import org.healthedu.training.TrainerGroupView;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.Pages;

/**
 * The three trainer groups of every site of one project ({@code ?project=id}): members, leaders, and for the
 * project's managers adding (through a picker of the accounts that may join) and removing members and naming leaders.
 */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_ROWS = 20;

    @Inject
    private ProjectService projects;

    @Inject
    private TrainerGroupService groups;

    private Long projectParam;
    private ProjectView project;
    private List<SiteGroups> sites = List.of();
    private boolean manageable;

    private TrainerGroupView pickerGroup;
    private String pickerText;
    private List<AccountChoice> pickerResults = List.of();
    private long pickerTotal;

    /** A site of the project and its three groups. */
    public record SiteGroups(long projectSiteId, String siteNameZh, String siteNameEn, List<TrainerGroupView> groups)
            implements Serializable {

        public String displayName(boolean english) {
            return english && siteNameEn != null ? siteNameEn : siteNameZh;
        }
    }

    public void open() throws IOException {
        if (projectParam == null) {
            Pages.sendNotFound();
            return;
        }
        try {
            project = projects.getProject(projectParam);
            manageable = groups.canManage(projectParam);
            reload();
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    private void reload() {
        Map<Long, List<TrainerGroupView>> bySite = new LinkedHashMap<>();
        for (TrainerGroupView group : groups.groupsOf(project.id())) {
            bySite.computeIfAbsent(group.projectSiteId(), k -> new ArrayList<>()).add(group);
        }
        List<SiteGroups> result = new ArrayList<>();
        for (List<TrainerGroupView> ofSite : bySite.values()) {
            TrainerGroupView first = ofSite.get(0);
            result.add(new SiteGroups(first.projectSiteId(), first.siteNameZh(), first.siteNameEn(), ofSite));
        }
        sites = result;
    }

    public void startAdd(TrainerGroupView group) {
        pickerGroup = group;
        pickerText = null;
        search();
    }

    public void search() {
        try {
            Page<AccountChoice> page = groups.candidates(project.id(), pickerGroup.id(), pickerText, 0, PICKER_ROWS);
            pickerResults = page.items();
            pickerTotal = page.total();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void add(AccountChoice account) {
        try {
            groups.addMember(project.id(), pickerGroup.id(), account.id());
            FacesMessages.info("groups.memberAdded", account.displayName(), pickerGroup.kind().labelKey());
            reload();
            search();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void remove(TrainerGroupView group, GroupMemberView member) {
        try {
            groups.removeMember(project.id(), group.id(), member.accountId());
            FacesMessages.info("groups.memberRemoved", member.displayName(), group.kind().labelKey());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
        reload();
    }

    public void makeLeader(TrainerGroupView group, GroupMemberView member) {
        try {
            groups.setLeader(project.id(), group.id(), member.accountId(), group.version());
            FacesMessages.info("groups.leaderSet", member.displayName(), group.kind().labelKey());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
        reload();
    }

    public void clearLeader(TrainerGroupView group) {
        try {
            groups.setLeader(project.id(), group.id(), null, group.version());
            FacesMessages.info("groups.leaderCleared", group.kind().labelKey());
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
        reload();
    }

    public Long getProjectParam() {
        return projectParam;
    }

    public void setProjectParam(Long projectParam) {
        this.projectParam = projectParam;
    }

    public ProjectView getProject() {
        return project;
    }

    public List<SiteGroups> getSites() {
        return sites;
    }

    public boolean isManageable() {
        return manageable;
    }

    public TrainerGroupView getPickerGroup() {
        return pickerGroup;
    }

    public String getPickerText() {
        return pickerText;
    }

    public void setPickerText(String pickerText) {
        this.pickerText = pickerText;
    }

    public List<AccountChoice> getPickerResults() {
        return pickerResults;
    }

    public long getPickerTotal() {
        return pickerTotal;
    }

    public int getPickerRows() {
        return PICKER_ROWS;
    }
}
