package org.healthedu.checkin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.healthedu.attendance.AttendanceRecorder;
import org.healthedu.attendance.AttendanceStatus;
import org.healthedu.enrolment.Participant;
import org.healthedu.feedback.FeedbackTickets;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.AppSecrets;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.RateLimiter;

/**
 * The public self check-in, for people without an account (every method is open to anyone: the code, the window, the
 * second factor and the counters are the protection). Three steps, each one request: a code gives the session and its
 * expected people as masked names with opaque tokens; a token gives which second factor to type; code, token and
 * factor mark the person PRESENT (up to the late threshold after the start) or LATE, and hand out a one-time ticket
 * for the session's feedback form.
 * <p>
 * Counted per source address (every request, and unknown codes separately) and per person (wrong factors: that person
 * alone is locked for a while, with back-off). Mistakes are refused with translated messages and change nothing but
 * the counters.
 */
@Stateless
@PermitAll
public class CheckInService {

    static final String TOKEN_SECRET = "checkin-token";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private RateLimiter limiter;

    @Inject
    private AppSecrets secrets;

    @Inject
    private AttendanceRecorder recorder;

    @Inject
    private FeedbackTickets feedbackTickets;

    @PersistenceContext
    private EntityManager em;

    /** The session open for check-in with this code, and its expected people as masked names. */
    public CheckInSession open(String code, String clientAddress) {
        SessionFacts session = accepting(code, clientAddress);
        byte[] key = secrets.secret(TOKEN_SECRET);
        List<CheckInPerson> people = expected(session).stream()
                .map(p -> new CheckInPerson(PickTokens.token(key, session.id(), session.code(), p.participantId()),
                        MaskedNames.mask(p.name())))
                .toList();
        return new CheckInSession(session.code(), session.lessonPosition(), session.lessonTitleZh(),
                session.lessonTitleEn(), session.siteName(), SessionTime.local(session.startsAt()),
                SessionTime.local(session.endsAt()),
                SessionTime.local(CheckInSettings.current().closesAt(session.startsAt())), people);
    }

    /** What the picked person is asked for; refused for someone with nothing recorded (they go to the trainer). */
    public SecondFactor factor(String code, String token, String clientAddress) {
        SessionFacts session = accepting(code, clientAddress);
        Participant person = picked(session, token);
        limiter.check(personKey(person)).orThrow("factor", "checkin.locked");
        return factorOf(person);
    }

    /** Marks the picked person PRESENT or LATE by the clock, once the factor matches. */
    public CheckInResult checkIn(String code, String token, String answer, String clientAddress) {
        CheckInSettings settings = CheckInSettings.current();
        SessionFacts session = accepting(code, clientAddress);
        Participant person = picked(session, token);
        String personKey = personKey(person);
        limiter.check(personKey).orThrow("factor", "checkin.locked");
        SecondFactor factor = factorOf(person);
        if (answer == null || answer.isBlank()) {
            throw DomainException.invalid("factor", "checkin.factor.required", factor.labelKey());
        }
        if (!factor.matches(answer, person.phone(), person.birthYear())) {
            RateLimiter.Verdict verdict = limiter.attempt(personKey, Math.max(0, settings.factorLimit() - 1),
                    CheckInSettings.FACTOR_WINDOW);
            verdict.orThrow("factor", "checkin.locked");
            throw DomainException.invalid("factor", "checkin.factor.wrong", factor.labelKey(),
                    String.valueOf(verdict.remaining() + 1));
        }
        limiter.reset(personKey);

        Instant now = Instant.now();
        AttendanceStatus status = now.isAfter(settings.lateAfter(session.startsAt())) ? AttendanceStatus.LATE
                : AttendanceStatus.PRESENT;
        org.healthedu.attendance.CheckInResult recorded = recorder.recordCheckIn(session.id(), person.id(), status);
        if (recorded.alreadyAttended()) {
            throw DomainException.conflict("token", "checkin.already");
        }
        return new CheckInResult(MaskedNames.mask(person.displayName()), status, SessionTime.local(now),
                session.lessonPosition(), session.lessonTitleZh(), session.lessonTitleEn(),
                feedbackTickets.issue(session.id(), person.id()));
    }

    /** The session with this code, after the counters, the session's status and the window have let it through. */
    private SessionFacts accepting(String typed, String clientAddress) {
        CheckInSettings settings = CheckInSettings.current();
        String client = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        limiter.attempt("checkin:ip:" + client, settings.ipLimit(), CheckInSettings.IP_WINDOW)
                .orThrow(null, "checkin.tooManyRequests");
        String code = CheckInCode.normalise(typed);
        if (code == null) {
            throw DomainException.invalid("code", "checkin.code.required");
        }
        SessionFacts session = CheckInCode.wellFormed(code) ? SessionFacts.byCode(em, code) : null;
        if (session == null) {
            limiter.attempt("checkin:ip-code:" + client, settings.wrongCodeLimit(), CheckInSettings.IP_WINDOW)
                    .orThrow("code", "checkin.code.tooManyWrong");
            throw DomainException.invalid("code", "checkin.code.unknown");
        }
        if (!CheckInCodes.accepts(session.status())) {
            throw DomainException.conflict("code", "checkin.session.notOn", "sessionStatus." + session.status().name());
        }
        Instant now = Instant.now();
        Instant opens = settings.opensAt(session.startsAt());
        Instant closes = settings.closesAt(session.startsAt());
        if (now.isBefore(opens)) {
            throw DomainException.conflict("code", "checkin.notOpenYet", when(opens, now));
        }
        if (now.isAfter(closes)) {
            throw DomainException.conflict("code", "checkin.closed", when(closes, now));
        }
        return session;
    }

    private List<ExpectedPeople> expected(SessionFacts session) {
        return ExpectedPeople.of(em, session.id(), session.batchId(), SessionTime.date(session.startsAt()));
    }

    /** The expected person the token stands for (tokens are recomputed, never stored). */
    private Participant picked(SessionFacts session, String token) {
        if (token == null || token.isBlank()) {
            throw DomainException.invalid("token", "checkin.pick.required");
        }
        byte[] key = secrets.secret(TOKEN_SECRET);
        for (ExpectedPeople p : expected(session)) {
            if (PickTokens.token(key, session.id(), session.code(), p.participantId()).equals(token.strip())) {
                return em.find(Participant.class, p.participantId());
            }
        }
        throw DomainException.invalid("token", "checkin.pick.unknown");
    }

    private static SecondFactor factorOf(Participant person) {
        SecondFactor factor = SecondFactor.of(person.kind(), person.phone(), person.birthYear());
        if (factor == null) {
            throw DomainException.conflict("token", "checkin.factor.none");
        }
        return factor;
    }

    private static String personKey(Participant person) {
        return "checkin:person:" + person.id();
    }

    /** A local time as the messages show it: the time alone on the same day, with the date otherwise. */
    static String when(Instant instant, Instant now) {
        LocalDateTime local = SessionTime.local(instant);
        return local.toLocalDate().equals(SessionTime.date(now)) ? TIME.format(local) : DATE_TIME.format(local);
    }
}
