package org.healthedu.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Objects;
import org.healthedu.account.LoginGuard;
import org.healthedu.account.PasswordService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/**
 * The owner's password change (also where an account that must change its password is held). The new password is
 * typed twice; this session stays signed in (its sign-in time moves to the change), every other one ends.
 */
@Named
@RequestScoped
public class ChangePasswordPage {

    @EJB
    private PasswordService passwords;

    @EJB
    private LoginGuard guard;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private Boolean forced;

    public void change() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            if (!Objects.equals(newPassword, repeatPassword)) {
                throw new DomainException(DomainException.Kind.INVALID, "auth.password.mismatch", "repeatPassword");
            }
            Instant at = passwords.changeOwnPassword(currentPassword, newPassword, request.getRemoteAddr());
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
                session.setAttribute(SignedIn.SESSION_ATTRIBUTE, signedIn.renewedAt(at));
            }
            forced = false;
            FacesMessages.info("auth.password.changed");
        } catch (DomainException e) {
            FacesMessages.error(e, "passwordForm:");
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    /** Whether an administrator's reset requires the change before anything else. */
    public boolean isForced() {
        if (forced == null) {
            HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext()
                    .getSession(false);
            Object signedIn = session == null ? null : session.getAttribute(SignedIn.SESSION_ATTRIBUTE);
            forced = signedIn instanceof SignedIn s && guard.state(s.accountId()).mustChangePassword();
        }
        return forced;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
