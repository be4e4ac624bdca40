package org.healthedu.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import org.healthedu.account.AccountService;
import org.healthedu.account.Caller;
import org.healthedu.account.Role;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;

/** The signed-in person as the page shell shows them: name, role, unit; and logout. */
@Named
@SessionScoped
public class UserBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private AuditLog audit;

    private Caller caller;

    /** Loads the caller once per session, after login. */
    public Caller getCaller() {
        if (caller == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            caller = accounts.me();
        }
        return caller;
    }

    void signedIn() {
        caller = accounts.me();
        localeBean.signedIn(caller.locale());
    }

    public boolean isSignedIn() {
        return getCaller() != null;
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** May change units and sites: admins and coordinators. */
    public boolean isManager() {
        return hasRole(Role.ADMIN) || hasRole(Role.COORDINATOR);
    }

    /** A peer-education host: sees only their own peer sessions and record. */
    public boolean isHost() {
        return hasRole(Role.HOST);
    }

    /** The home page's sessions and figures are the trainers': a host starts on their peer sessions instead. */
    public void redirectHost() throws IOException {
        if (isHost()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/cascade/peer-sessions.xhtml");
        }
    }

    /** Page guard for pages only admins and coordinators use: anyone else gets the 403 page. */
    public void requireManager() throws IOException {
        if (!isManager()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        }
    }

    public String getUnitName() {
        Caller c = getCaller();
        if (c == null) {
            return "";
        }
        return localeBean.isEnglish() && c.unitNameEn() != null ? c.unitNameEn() : c.unitNameZh();
    }

    private boolean hasRole(Role role) {
        Caller c = getCaller();
        return c != null && c.role() == role;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Caller c = getCaller();
        if (c != null) {
            audit.record(AuditEntry.of(AuditKind.LOGOUT).actor(c.accountId(), c.username())
                    .from(((HttpServletRequest) external.getRequest()).getRemoteAddr()).unit(c.unitPath()));
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
