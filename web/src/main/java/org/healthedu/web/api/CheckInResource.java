package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.attendance.AttendanceStatus;
import org.healthedu.checkin.CheckInResult;
import org.healthedu.checkin.CheckInService;
import org.healthedu.checkin.SecondFactor;
import org.healthedu.web.checkin.CheckInLinks;
import org.healthedu.web.i18n.Texts;

/**
 * The public self check-in (no account), the same three steps as the check-in page, each one POST:
 * <ol>
 * <li>{@code {"code":"K7Q2MX"}} → the session and its expected people as {@code {token, name}} with masked names;</li>
 * <li>{@code {"code", "token"}} → which second factor to give: {@code {"factor":"BIRTH_YEAR"|"PHONE_LAST4"}};</li>
 * <li>{@code {"code", "token", "factor":"1982"}} → the mark (PRESENT or LATE by the clock) and a message.</li>
 * </ol>
 * Refusals are problems: unknown code, not open yet, closed, already checked in, wrong factor (400), a person locked
 * or too many requests from one address (429 with Retry-After).
 */
@Path("checkin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "check-in")
public class CheckInResource {

    @Inject
    private CheckInService checkIn;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /** What a participant sends: the code, then the picked person's token, then the factor. */
    public record CheckInRequest(String code, String token, String factor) {
    }

    /**
     * A check-in that went through, with a message in the caller's language and the link to this person's one
     * feedback response on the session (its one-time ticket included).
     */
    public record Done(String name, AttendanceStatus status, LocalDateTime checkedInAt, int lessonPosition,
            String lessonTitleZh, String lessonTitleEn, String message, String feedbackUrl) {
    }

    @POST
    @SecurityRequirements // none: open to anyone
    @Operation(summary = "Check in without an account: code → people (masked); code+token → factor asked; "
            + "code+token+factor → marked")
    public Response checkIn(CheckInRequest body) {
        CheckInRequest given = UnitResource.requireBody(body);
        String client = request.getRemoteAddr();
        if (given.token() == null || given.token().isBlank()) {
            return Response.ok(checkIn.open(given.code(), client)).build();
        }
        if (given.factor() == null) {
            SecondFactor factor = checkIn.factor(given.code(), given.token(), client);
            return Response.ok(Map.of("factor", factor.name(),
                    "label", Texts.text(Problems.localeOf(headers), factor.labelKey()))).build();
        }
        CheckInResult result = checkIn.checkIn(given.code(), given.token(), given.factor(), client);
        String message = Texts.text(Problems.localeOf(headers), "checkin.done." + result.status().name(),
                result.checkedInAt().toLocalTime().withSecond(0).withNano(0).toString());
        return Response.ok(new Done(result.name(), result.status(), result.checkedInAt(), result.lessonPosition(),
                result.lessonTitleZh(), result.lessonTitleEn(), message,
                CheckInLinks.feedbackBase(request) + result.feedback().linkToken() + "&t="
                        + result.feedback().ticket())).build();
    }
}
