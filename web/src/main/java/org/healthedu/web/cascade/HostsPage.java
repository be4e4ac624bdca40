package org.healthedu.web.cascade;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.healthedu.cascade.Eligible;
import org.healthedu.cascade.HostDraft;
import org.healthedu.cascade.HostService;
import org.healthedu.cascade.HostView;
import org.healthedu.cascade.Invitation;
import org.healthedu.session.Choice;
import org.healthedu.shared.DomainException;
import org.healthedu.web.checkin.CheckInLinks;
import org.healthedu.web.shell.FacesMessages;

/**
 * {@code /cascade/hosts.xhtml}: coordinators and site teachers certify hosts from those who completed a host training
 * (project → site → person, with a supervisor), list the hosts they see, and hand out invitation links.
 */
@Named
@ViewScoped
public class HostsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HostService hosts;

    private List<Choice> projects;
    private List<Choice> sites = List.of();
    private List<Eligible> eligible = List.of();
    private List<Choice> supervisors;
    private List<HostView> list;
    private Long projectId;
    private Long siteId;
    private Long participantId;
    private Long supervisorId;
    private String invitationUrl;
    private String invitedName;

    public void load() {
        if (projects == null) {
            projects = hosts.hostTrainings();
            supervisors = hosts.supervisors();
            refresh();
        }
    }

    private void refresh() {
        list = hosts.list(false, 0, 200).items();
    }

    public void projectChanged() {
        sites = projectId == null ? List.of() : hosts.sites(projectId);
        siteId = sites.size() == 1 ? sites.get(0).id() : null;
        siteChanged();
    }

    public void siteChanged() {
        participantId = null;
        eligible = projectId == null || siteId == null ? List.of() : hosts.eligible(projectId, siteId);
    }

    public void certify() {
        try {
            HostView host = hosts.certify(new HostDraft(participantId, projectId, siteId, supervisorId));
            FacesMessages.info("host.certified", host.name());
            siteChanged();
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "certifyForm:");
        }
    }

    public void invite(HostView host) {
        try {
            Invitation invitation = hosts.invite(host.id());
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            invitationUrl = CheckInLinks.root(request) + "cascade/accept.xhtml?token=" + invitation.token();
            invitedName = host.name();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void revoke(HostView host) {
        try {
            hosts.revoke(host.id());
            FacesMessages.info("host.revokedDone", host.name());
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public List<Choice> getProjects() {
        return projects;
    }

    public List<Choice> getSites() {
        return sites;
    }

    public List<Eligible> getEligible() {
        return eligible;
    }

    public List<Choice> getSupervisors() {
        return supervisors;
    }

    public List<HostView> getList() {
        return list;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public String getInvitationUrl() {
        return invitationUrl;
    }

    public String getInvitedName() {
        return invitedName;
    }
}
