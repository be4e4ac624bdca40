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
import org.healthedu.web.faults.Unavailable;

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

    @Inject
    private IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId(); // a new id at login: a fixated id is worth nothing
            }
            request.getSession(true).setAttribute(SignedIn.SESSION_ATTRIBUTE,
                    new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
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

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential != null) {
            CredentialValidationResult result;
            try {
                result = identityStore.validate(credential);
            } catch (RuntimeException e) {
                // The accounts could not be read (database down, pool full): not the caller's fault, a 503 to try
                // again, given by the 401 error page because only it can write the answer from here.
                Unavailable fault = Unavailable.of(e).orElseThrow(() -> e);
                request.setAttribute(Unavailable.REQUEST_ATTRIBUTE, fault);
                return context.responseUnauthorized();
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
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
