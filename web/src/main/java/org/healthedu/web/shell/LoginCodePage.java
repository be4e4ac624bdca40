package org.healthedu.web.shell;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.healthedu.account.SecondFactorService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.security.PendingSecondFactor;
import org.healthedu.web.security.SecondFactorCredential;

/**
 * The second step of signing in ({@code login-code.xhtml}): after a right password for an account with a second
 * factor, the six-digit code from the authenticator. Only a verified code signs the session in.
 */
@Named
@RequestScoped
public class LoginCodePage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SecondFactorService secondFactor;

    @Inject
    private UserBean userBean;

    private String code;

    /** Without a password step behind it, the page has nothing to finish: back to the login form. */
    public void open() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (pending(external) == null) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PendingSecondFactor pending = pending(external);
        if (pending == null) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            secondFactor.verifySignIn(pending.username(), code, request.getRemoteAddr());
        } catch (DomainException e) {
            code = null;
            FacesMessages.error(e, "codeForm:");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new SecondFactorCredential(pending)));
        if (status != AuthenticationStatus.SUCCESS) {
            FacesMessages.errorText("login.failed");
            return;
        }
        userBean.signedIn();
        LoginBean.goWhereAskedBefore(faces);
    }

    private static PendingSecondFactor pending(ExternalContext external) {
        HttpSession session = (HttpSession) external.getSession(false);
        return session == null ? null
                : (PendingSecondFactor) session.getAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
