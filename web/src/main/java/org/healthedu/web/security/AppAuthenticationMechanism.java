package org.healthedu.web.security;

import jakarta.ejb.EJB;
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
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.healthedu.account.LoginGuard;
import org.healthedu.account.LoginSettings;
import org.healthedu.account.SecondFactorService;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.RateLimited;
import org.healthedu.web.api.Problems;
import org.healthedu.web.faults.Unavailable;
import org.healthedu.web.faults.UnavailableProblem;

/**
 * One mechanism for both doors. The REST API ({@code /api/}) takes HTTP Basic on every request and never a session
 * cookie (so no cross-site request can ride on a browser's login). Pages take the credential the login form passes
 * through {@code SecurityContext.authenticate}; on success the session id changes and the session remembers who
 * signed in and when. Anyone else asking for a protected page is sent to the login page.
 * <p>
 * Both doors go through {@link LoginGuard}: a blocked account/address is refused before its password is even
 * checked (the right password too: no oracle), failures are counted, successes on the API write nothing. A page
 * session ends at its first request after its absolute lifetime or after the account's credentials changed
 * (a password change signs out everywhere): one primary-key read per page request, none for static resources. An
 * account that must change its password reaches only the change-password page (pages) or {@code me} and
 * {@code me/password} (API) until it has.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page asked for before login, to go back to after it. */
    public static final String RETURN_TO = "healthedu.returnTo";
    /** Request attribute: a page sign-in was refused for this many seconds of back-off. */
    public static final String THROTTLED_SECONDS = "healthedu.throttledSeconds";
    /** The page an account that must change its password is held on. */
    public static final String CHANGE_PASSWORD_PAGE = "/account/change-password.xhtml";

    /** Request attribute: the message key the 401 problem body gives (see {@code UnauthorizedProblemServlet}). */
    public static final String UNAUTHORIZED_KEY = "healthedu.unauthorizedKey";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private SecondFactorService secondFactor;

    @EJB
    private LoginGuard guard;

    @EJB
    private AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof SecondFactorCredential verified) {
            PendingSecondFactor pending = verified.verified();
            // Finished with the code: a sign-in like a password-only one (address known, pair failures forgotten).
            guard.signedIn(guard.standing(pending.username(), request.getRemoteAddr()), true);
            return establish(request, context, pending.accountId(), pending.username(), pending.roles());
        }
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return signIn(request, context, password);
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_ATTRIBUTE);
        if (signedIn != null) {
            return continueSession(request, response, context, session, signedIn);
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO, path(request) + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        LoginGuard.Standing standing = guard.standing(credential.getCaller(), request.getRemoteAddr());
        if (standing.throttled()) {
            guard.throttled(standing, "page");
            request.setAttribute(THROTTLED_SECONDS, standing.retryAfterSeconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID || standing.accountId() == null) {
            long blocked = guard.failed(standing, "page");
            if (blocked > 0) {
                request.setAttribute(THROTTLED_SECONDS, blocked);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        if (secondFactor.requiredFor(username)) {
            // The password alone signs nobody in: the code page finishes (and changes the session id again).
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(PendingSecondFactor.SESSION_ATTRIBUTE,
                    new PendingSecondFactor(standing.accountId(), username, result.getCallerGroups()));
            return context.redirect(request.getContextPath() + "/login-code.xhtml");
        }
        guard.signedIn(standing, false);
        return establish(request, context, standing.accountId(), username, result.getCallerGroups());
    }

    /** The session is signed in: a new id (a fixated one is worth nothing), who and when. */
    private static AuthenticationStatus establish(HttpServletRequest request, HttpMessageContext context,
            long accountId, String username, Set<String> roles) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.removeAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
        session.setAttribute(SignedIn.SESSION_ATTRIBUTE,
                new SignedIn(accountId, username, roles, Instant.now().truncatedTo(ChronoUnit.MICROS)));
        return context.notifyContainerAboutLogin(username, roles);
    }

    private AuthenticationStatus continueSession(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, HttpSession session, SignedIn signedIn) {
        String path = path(request);
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
        }
        LoginGuard.AccountState state = guard.state(signedIn.accountId());
        String ended = null;
        if (!state.active() || state.credentialsChangedAt().isAfter(signedIn.at())) {
            ended = "credentials";
        } else if (signedIn.at().plus(LoginSettings.current().absoluteSession()).isBefore(Instant.now())) {
            ended = "expired";
        }
        if (ended != null) {
            session.invalidate();
            audit.record(AuditEntry.of(AuditKind.SESSION_EXPIRED).actor(signedIn.accountId(), signedIn.username())
                    .from(request.getRemoteAddr()).target("account", signedIn.accountId()).detail("reason", ended));
            return redirect(request, response, context, "/login.xhtml?ended=" + ended);
        }
        if (state.mustChangePassword() && !path.equals(CHANGE_PASSWORD_PAGE)) {
            return redirect(request, response, context, CHANGE_PASSWORD_PAGE);
        }
        return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
    }

    /** A redirect the browser follows, also from a JSF Ajax request (which would swallow a plain 302). */
    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String target) {
        String url = request.getContextPath() + target;
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(url);
        }
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return checkApiCredentials(request, response, context);
        } catch (RuntimeException e) {
            // The accounts could not be read (database down, pool full): not the caller's fault, a 503 to try again.
            Unavailable fault = Unavailable.of(e).orElseThrow(() -> e);
            return problem(request, response, UnavailableProblem.of(locale(request), fault),
                    (long) fault.retryAfterSeconds());
        }
    }

    private AuthenticationStatus checkApiCredentials(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential == null) {
            return context.isProtected() ? unauthorized(context, response) : context.doNothing();
        }
        LoginGuard.Standing standing = guard.standing(credential.getCaller(), request.getRemoteAddr());
        if (standing.throttled()) {
            guard.throttled(standing, "api");
            return tooManyAttempts(request, response, standing.retryAfterSeconds());
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID || standing.accountId() == null) {
            long blocked = guard.failed(standing, "api");
            return blocked > 0 ? tooManyAttempts(request, response, blocked) : unauthorized(context, response);
        }
        if (secondFactor.requiredFor(result.getCallerPrincipal().getName())) {
            // A code per request cannot work: accounts with a second factor use the pages only. Refused, this is no
            // sign-in, so the address is not remembered as the account's.
            request.setAttribute(UNAUTHORIZED_KEY, "accounts.secondFactor.apiRefused");
            return unauthorized(context, response);
        }
        guard.apiSucceeded(standing);
        if (standing.mustChangePassword() && !mayAskWhileChangeIsDue(request)) {
            return problem(request, response, Problems.of(locale(request), new DomainException(
                    DomainException.Kind.FORBIDDEN, "auth.password.mustChange", null)), null);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** While a password change is due, the API answers only who the caller is and the change itself. */
    private static boolean mayAskWhileChangeIsDue(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api/v1/me") || path.equals("/api/v1/me/password");
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
            long seconds) {
        RateLimited limited = new RateLimited(null, "auth.login.throttled", seconds);
        return problem(request, response, Problems.tooMany(locale(request), limited), limited.retryAfterSeconds());
    }

    /**
     * Answers with a problem body straight away: the request goes no further. The exchange is finished here (request
     * body read, response closed): the container sends an error page for any unauthenticated answer of 400 or more
     * that is not finished, which on a response already written is a second answer, refused with "UT010019: Response
     * already commited" in the server log.
     */
    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response,
            org.healthedu.web.api.Problem problem, Long retryAfterSeconds) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
            if (retryAfterSeconds != null) {
                response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
            }
            Problems.write(response, problem);
            response.getWriter().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null ? request.getLocale() : Locale.SIMPLIFIED_CHINESE;
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

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
