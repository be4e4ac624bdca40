package org.healthedu.web.cascade;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.healthedu.cascade.CascadeSettings;
import org.healthedu.cascade.HostService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/**
 * The project page's cascade settings ({@code WEB-INF/includes/cascade-settings.xhtml}): whether the project is a host
 * training and whether its hosts' plans need the supervisor's approval, as checkboxes its managers change (saved on
 * each click); read-only for everyone else who sees the project. Read once per view.
 */
@Named
@ViewScoped
public class CascadeSettingsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HostService hosts;

    private Long loadedFor;
    private boolean readable;
    private boolean hostTraining;
    private boolean peerApprovalRequired;

    /** Reads the project's settings once; false when the caller may not read them (the panel is then hidden). */
    public boolean load(Long projectId) {
        if (projectId != null && !projectId.equals(loadedFor)) {
            loadedFor = projectId;
            try {
                show(hosts.settings(projectId));
                readable = true;
            } catch (DomainException | EJBAccessException e) {
                readable = false;
            }
        }
        return readable;
    }

    public void saveHostTraining() {
        save(new CascadeSettings(hostTraining, null));
    }

    public void savePeerApprovalRequired() {
        save(new CascadeSettings(null, peerApprovalRequired));
    }

    private void save(CascadeSettings change) {
        try {
            show(hosts.changeSettings(loadedFor, change));
            FacesMessages.info("cascade.settings.saved");
        } catch (DomainException e) {
            FacesMessages.error(e, null);
            show(hosts.settings(loadedFor));
        } catch (EJBAccessException e) {
            FacesMessages.errorText("error.forbidden");
            show(hosts.settings(loadedFor));
        }
    }

    private void show(CascadeSettings settings) {
        hostTraining = Boolean.TRUE.equals(settings.hostTraining());
        peerApprovalRequired = Boolean.TRUE.equals(settings.peerApprovalRequired());
    }

    public boolean isHostTraining() {
        return hostTraining;
    }

    public void setHostTraining(boolean hostTraining) {
        this.hostTraining = hostTraining;
    }

    public boolean isPeerApprovalRequired() {
        return peerApprovalRequired;
    }

    public void setPeerApprovalRequired(boolean peerApprovalRequired) {
        this.peerApprovalRequired = peerApprovalRequired;
    }
}
