package org.healthedu.web.shell;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.healthedu.web.security.AppAuthenticationMechanism;

/** The login form: hands the credential to the authentication mechanism and goes where the user wanted to go. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserBean userBean;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                password == null ? "" : password)));
        password = null;
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete(); // the password was right; the second-factor page (login-code.xhtml) is next
            return;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            Object throttled = external.getRequestMap().get(AppAuthenticationMechanism.THROTTLED_SECONDS);
            if (throttled instanceof Long seconds) {
                FacesMessages.errorText("auth.login.throttled", Math.max(1, (seconds + 59) / 60));
            } else {
                FacesMessages.errorText("login.failed");
            }
            return;
        }
        userBean.signedIn();
        goWhereAskedBefore(faces);
    }

    /** After a sign-in: to the page asked for before it (a local path only), else home. */
    static void goWhereAskedBefore(FacesContext faces) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpSession session = (HttpSession) external.getSession(true);
        Object returnTo = session.getAttribute(AppAuthenticationMechanism.RETURN_TO);
        session.removeAttribute(AppAuthenticationMechanism.RETURN_TO);
        String target = returnTo instanceof String s && s.startsWith("/") && !s.startsWith("//") ? s : "/";
        faces.responseComplete();
        external.redirect(external.getRequestContextPath() + target);
    }

    /** Someone already signed in who opens the login page goes to the home page instead. */
    public void redirectIfSignedIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null) {
            external.redirect(external.getRequestContextPath() + "/");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
