package org.healthedu.web.cascade;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.healthedu.account.Role;
import org.healthedu.cascade.CascadeRoles;
import org.healthedu.cascade.HostService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.UserBean;

/**
 * The sidebar's cascade entries: shown only to whoever can use them (hosts; teachers and coordinators who supervise
 * or certify hosts). Asked once per request, so a new supervisor sees the entries on their next page.
 */
@Named
@RequestScoped
public class CascadeMenu {

    private static final CascadeRoles NONE = new CascadeRoles(false, false, false);

    @Inject
    private HostService hosts;

    @Inject
    private UserBean user;

    private CascadeRoles roles;

    private CascadeRoles roles() {
        if (roles == null) {
            roles = NONE;
            if (user.isSignedIn() && user.getCaller().role() != Role.OBSERVER) {
                try {
                    roles = hosts.roles();
                } catch (DomainException | EJBAccessException e) {
                    roles = NONE;
                }
            }
        }
        return roles;
    }

    public boolean isHosts() {
        return roles().hosts();
    }

    public boolean isPeerSessions() {
        return roles().peerSessions();
    }
}
