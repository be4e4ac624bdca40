package org.healthedu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.healthedu.account.SecondFactorService;

/**
 * One mechanism for both doors. The REST API ({@code /api/}) takes HTTP Basic on every request and never a session
 * cookie (so no cross-site request can ride on a browser's login). Pages take the credential the login form passes
 * through {@code SecurityContext.authenticate}; on success the session id changes and the session remembers who
 * signed in. Anyone else asking for a protected page is sent to the login page.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page asked for before login, to go back to after it. */
    public static final String RETURN_TO = "healthedu.returnTo";

    /** Request attribute: the message key the 401 problem body gives (see {@code UnauthorizedProblemServlet}). */
    public static final String UNAUTHORIZED_KEY = "healthedu.unauthorizedKey";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private SecondFactorService secondFactor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            if (credential instanceof SecondFactorCredential verified) {
                return signIn(request, context, verified.verified().username(), verified.verified().roles());
            }
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            String username = result.getCallerPrincipal().getName();
            if (secondFactor.requiredFor(username)) {
                // The password alone signs nobody in: the code page finishes (and changes the session id again).
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                request.getSession(true).setAttribute(PendingSecondFactor.SESSION_ATTRIBUTE,
                        new PendingSecondFactor(username, result.getCallerGroups()));
                return context.redirect(request.getContextPath() + "/login-code.xhtml");
            }
            return signIn(request, context, username, result.getCallerGroups());
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_ATTRIBUTE);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getRequestURI().substring(request.getContextPath().length())
                                + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            String username, Set<String> roles) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new id at login: a fixated id is worth nothing
        }
        HttpSession session = request.getSession(true);
        session.removeAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
        session.setAttribute(SignedIn.SESSION_ATTRIBUTE, new SignedIn(username, roles));
        return context.notifyContainerAboutLogin(username, roles);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (secondFactor.requiredFor(result.getCallerPrincipal().getName())) {
                    // A code per request cannot work: accounts with a second factor use the pages only.
                    request.setAttribute(UNAUTHORIZED_KEY, "accounts.secondFactor.apiRefused");
                    return unauthorized(context, response);
                }
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(context, response);
        }
        return context.isProtected() ? unauthorized(context, response) : context.doNothing();
    }

    /** A 401 with the Basic challenge; its problem body comes from the 401 error page. */
    private static AuthenticationStatus unauthorized(HttpMessageContext context, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"HealthEdu\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
