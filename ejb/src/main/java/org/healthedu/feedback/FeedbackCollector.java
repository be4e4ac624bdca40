package org.healthedu.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.healthedu.session.SessionStatus;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.RateLimiter;

/**
 * The public feedback form of a session, for people without an account (open to anyone: the unguessable link, the
 * window, the one-response rule and the counters are the protection).
 * <p>
 * One response per person per session, without storing who: the respondent key is a hash of the one-time ticket
 * handed out at self check-in, or else of a random per-device token (an HttpOnly cookie) bound to the session. Its
 * limits: someone who clears their cookies (or uses a second browser) can answer again without a ticket; the
 * per-address and per-link counters bound how far that goes, and a ticket always answers once.
 * <p>
 * A submission is one short transaction: the link with its session (1 query), the session's form (2), a look for the
 * same submission or respondent (1), the form version (locked and read in 5, or none once it has responses: it is
 * frozen then and kept in memory), the ticket spent (1, with one), the response (1) and all its answers (1, sent as
 * one JSON array). The two counters (address, link) commit on their own. A resend with the same submission key finds
 * the response it stored and stores nothing more.
 */
@Stateless
@PermitAll
public class FeedbackCollector {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /**
     * Form versions that have responses, whose questions never change again: a submission to one of them needs no
     * four queries to read it. Keyed by the version and the form's own optimistic version, so that a renamed form or a
     * changed setting (identified, audience) is a new key on every server and a stale copy is never used. Per server;
     * bounded (cleared when full, then refilled by the next submissions).
     */
    private static final Map<String, FormDefinition> FROZEN = new ConcurrentHashMap<>();
    private static final int FROZEN_MAX = 500;
    /** The peer-session statuses that take feedback. */
    private static final java.util.Set<String> PEER_ON = java.util.Set.of("PLANNED", "APPROVED", "HELD");

    @Inject
    private RateLimiter limiter;

    @Inject
    private FormDefinitions forms;

    @PersistenceContext
    private EntityManager em;

    /**
     * The session a link stands for, read in one query: a training session ({@code sessionId}), or a peer session
     * ({@code peerSessionId}, one more query) whose lesson position is 0 and whose title is its topic or lesson.
     * {@code statusKey} names its status in the bundles; {@code on} says whether it takes feedback at all.
     */
    record LinkFacts(long sessionId, SessionStatus status, Instant startsAt, Instant endsAt, int lessonPosition,
            String lessonTitleZh, String lessonTitleEn, String siteName, Long peerSessionId, boolean on,
            String statusKey) {

        LinkFacts(long sessionId, SessionStatus status, Instant startsAt, Instant endsAt, int lessonPosition,
                String lessonTitleZh, String lessonTitleEn, String siteName) {
            this(sessionId, status, startsAt, endsAt, lessonPosition, lessonTitleZh, lessonTitleEn, siteName, null,
                    status.books(), "sessionStatus." + status.name());
        }

        boolean peer() {
            return peerSessionId != null;
        }

        /** The id of what was answered about: the training or the peer session. */
        long subjectId() {
            return peer() ? peerSessionId : sessionId;
        }

        FeedbackWindow window(FeedbackSettings settings, Instant now) {
            return FeedbackWindow.of(on, startsAt, endsAt, settings, now);
        }
    }

    /** The public form behind a link; {@code audience} (PARENT/STUDENT, may be null) narrows its questions. */
    public PublicForm form(String token, String audience, String clientAddress) {
        FeedbackSettings settings = FeedbackSettings.current();
        countAddress(settings, clientAddress);
        LinkFacts link = link(token);
        FeedbackWindow state = link.window(settings, Instant.now());
        FeedbackForm form = formFor(link);
        Audience who = audience == null || audience.isBlank() ? null : audience(form, audience);
        if (who == null && form.forParents() != form.forStudents()) {
            who = form.forParents() ? Audience.PARENT : Audience.STUDENT;
        }
        FormDefinition definition = null;
        if (state == FeedbackWindow.OPEN) {
            long versionId = form.currentVersion().id();
            FormDefinition frozen = FROZEN.get(frozenKey(form));
            definition = narrowed(frozen != null ? frozen : forms.load(versionId), who);
        }
        return new PublicForm(token, link.lessonPosition(), link.lessonTitleZh(), link.lessonTitleEn(),
                link.siteName(), SessionTime.local(link.startsAt()), SessionTime.local(link.endsAt()),
                SessionTime.local(settings.opensAt(link.startsAt())),
                SessionTime.local(settings.closesAt(link.endsAt())), state, form.forParents(), form.forStudents(),
                who, definition, link.peer());
    }

    /**
     * Stores one response, or finds the one stored before under the same submission key. {@code deviceToken} is the
     * device's cookie (required when no ticket is given), {@code locale} the page's language.
     */
    public Receipt submit(String token, Submission submission, String deviceToken, String clientAddress,
            String locale) {
        FeedbackSettings settings = FeedbackSettings.current();
        countAddress(settings, clientAddress);
        if (submission == null) {
            throw DomainException.invalid(null, "feedback.public.empty");
        }
        UUID key = submissionKey(submission.submissionKey());
        LinkFacts link = link(token);
        limiter.attempt("feedback:link:" + token, settings.linkLimit(), FeedbackSettings.WINDOW)
                .orThrow(null, "feedback.public.tooManyRequests");
        requireOpen(link, settings);
        FeedbackForm form = formFor(link);
        long versionId = form.currentVersion().id();
        if (submission.formVersionId() != null && submission.formVersionId() != versionId) {
            throw DomainException.conflict("formVersionId", "feedback.public.formChanged");
        }
        Audience who = submission.audience() == null || submission.audience().isBlank() ? null
                : audience(form, submission.audience());
        if (who == null) {
            if (form.forParents() && form.forStudents()) {
                throw DomainException.invalid("audience", "feedback.public.audience.required");
            }
            who = form.forParents() ? Audience.PARENT : Audience.STUDENT;
        }
        String ticket = submission.ticket() == null || submission.ticket().isBlank() ? null
                : submission.ticket().strip();
        if (ticket != null && (link.peer() || !FeedbackTokens.wellFormedSecret(ticket))) {
            // Tickets come from the self check-in of training sessions; a peer session has none.
            throw DomainException.conflict("ticket", "feedback.public.ticket.invalid");
        }
        if (ticket == null && !FeedbackTokens.wellFormedSecret(deviceToken)) {
            throw DomainException.invalid(null, "feedback.public.noDevice");
        }
        String respondent = link.peer() ? FeedbackTokens.peerRespondentKey(deviceToken, link.peerSessionId())
                : FeedbackTokens.respondentKey(ticket, deviceToken, link.sessionId());

        Receipt earlier = earlier(key, link, respondent);
        if (earlier != null) {
            return earlier;
        }
        FormDefinition definition = FROZEN.get(frozenKey(form));
        if (definition == null) {
            // The builder rewrites a version without responses in place after locking it: hold it still until this
            // response is stored, so the answers match the questions they were checked against.
            em.createNativeQuery("select id from feedback_form_version where id = ?1 for key share")
                    .setParameter(1, versionId).getResultList();
            definition = forms.load(versionId);
        }
        AnswerCheck.Result checked = AnswerCheck.check(definition, who, submission.answers());
        if (!checked.ok()) {
            AnswerCheck.Issue first = checked.issues().get(0);
            throw DomainException.invalid(first.field(), first.messageKey(), first.args());
        }
        long participant = -1;
        if (ticket != null) {
            List<?> spent = em.createNativeQuery("""
                    update feedback_ticket set used = true
                     where token_hash = ?1 and session_id = ?2 and not used
                    returning coalesce(participant_id, -1)""")
                    .setParameter(1, FeedbackTokens.sha256(ticket))
                    .setParameter(2, link.sessionId())
                    .getResultList();
            if (spent.isEmpty()) {
                Receipt raced = earlier(key, link, null);
                if (raced != null) {
                    return raced;
                }
                throw DomainException.conflict("ticket", "feedback.public.ticket.invalid");
            }
            participant = ((Number) spent.get(0)).longValue();
        }
        if (!form.identified() || who != Audience.PARENT) {
            participant = -1; // anonymous forms never keep a participant, whatever a ticket carries
        }
        List<?> inserted = em.createNativeQuery("""
                insert into feedback_response (id, %s, form_version_id, audience, submission_key,
                                               respondent_key, participant_id, locale)
                values (nextval('feedback_response_seq'), ?1, ?2, ?3, cast(?4 as uuid), ?5,
                        cast(nullif(?6, -1) as bigint), ?7)
                on conflict do nothing
                returning id, cast(extract(epoch from submitted_at) * 1000 as bigint)"""
                .formatted(link.peer() ? "peer_session_id" : "session_id"))
                .setParameter(1, link.subjectId())
                .setParameter(2, versionId)
                .setParameter(3, who.name())
                .setParameter(4, key.toString())
                .setParameter(5, respondent)
                .setParameter(6, participant)
                .setParameter(7, locale == null || locale.length() > 10 ? null : locale)
                .getResultList();
        if (inserted.isEmpty()) {
            // Someone sent the same thing at the same moment and got there first.
            Receipt raced = earlier(key, link, respondent);
            if (raced != null) {
                return raced;
            }
            throw DomainException.conflict(null, "feedback.public.already");
        }
        Object[] row = (Object[]) inserted.get(0);
        long responseId = ((Number) row[0]).longValue();
        if (!checked.rows().isEmpty()) {
            JsonArrayBuilder rows = JSON.createArrayBuilder();
            for (AnswerCheck.Row r : checked.rows()) {
                JsonObjectBuilder o = JSON.createObjectBuilder().add("q", r.questionId());
                if (r.choiceId() != null) {
                    o.add("c", r.choiceId());
                }
                if (r.number() != null) {
                    o.add("n", r.number());
                }
                if (r.text() != null) {
                    o.add("t", r.text());
                }
                rows.add(o);
            }
            em.createNativeQuery("""
                    insert into feedback_answer (id, response_id, question_id, choice_id, number_value, text_value)
                    select nextval('feedback_answer_seq'), ?1, r.q, r.c, r.n, r.t
                      from jsonb_to_recordset(cast(?2 as jsonb)) as r(q bigint, c bigint, n smallint, t text)""")
                    .setParameter(1, responseId)
                    .setParameter(2, rows.build().toString())
                    .executeUpdate();
        }
        if (FROZEN.size() > FROZEN_MAX) {
            FROZEN.clear();
        }
        FROZEN.put(frozenKey(form), definition); // it has a response now, so its questions never change again
        return new Receipt(key.toString(), local(((Number) row[1]).longValue()), false);
    }

    private static String frozenKey(FeedbackForm form) {
        return form.currentVersion().id() + ":" + form.version();
    }

    /**
     * The response this submission key already stored (a resend), or null; a response of the same respondent under
     * another key means they answered before. A link belongs to a training session or to a peer session: the same
     * check on the column of its owner (a key stored for the other kind of session counts as reused).
     */
    private Receipt earlier(UUID key, LinkFacts link, String respondent) {
        String owner = link.peer() ? "peer_session_id" : "session_id";
        long ownerId = link.peer() ? link.peerSessionId() : link.sessionId();
        List<?> found = em.createNativeQuery("select coalesce(" + owner + ", -1), submission_key = cast(?1 as uuid),"
                + " cast(extract(epoch from submitted_at) * 1000 as bigint) from feedback_response"
                + " where submission_key = cast(?1 as uuid) or (" + owner + " = ?2 and respondent_key = ?3)"
                + " order by 2 desc limit 1")
                .setParameter(1, key.toString())
                .setParameter(2, ownerId)
                .setParameter(3, respondent == null ? "" : respondent)
                .getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) found.get(0);
        if (!(Boolean) row[1]) {
            throw DomainException.conflict(null, "feedback.public.already");
        }
        if (((Number) row[0]).longValue() != ownerId) {
            throw DomainException.conflict("submissionKey", "feedback.public.submissionKey.reused");
        }
        return new Receipt(key.toString(), local(((Number) row[2]).longValue()), true);
    }

    private FeedbackForm formFor(LinkFacts link) {
        return link.peer() ? forms.formForPeerSession(link.peerSessionId()) : forms.formForSession(link.sessionId());
    }

    private void countAddress(FeedbackSettings settings, String clientAddress) {
        String client = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        limiter.attempt("feedback:ip:" + client, settings.ipLimit(), FeedbackSettings.WINDOW)
                .orThrow(null, "feedback.public.tooManyRequests");
    }

    private LinkFacts link(String token) {
        if (!FeedbackTokens.wellFormedLink(token)) {
            throw DomainException.notFound("feedback.public.unknownLink");
        }
        List<?> found = em.createNativeQuery("""
                select s.id, s.status, cast(extract(epoch from s.starts_at) * 1000 as bigint),
                       cast(extract(epoch from s.ends_at) * 1000 as bigint), l.position, l.title_zh, l.title_en,
                       site.name_zh
                  from feedback_link fl join training_session s on s.id = fl.session_id
                       join curriculum_lesson l on l.id = s.lesson_id
                       join project_site ps on ps.id = s.project_site_id join site on site.id = ps.site_id
                 where fl.token = ?1""").setParameter(1, token).getResultList();
        if (found.isEmpty()) {
            return peerLink(token);
        }
        Object[] r = (Object[]) found.get(0);
        return new LinkFacts(((Number) r[0]).longValue(), SessionStatus.valueOf((String) r[1]),
                Instant.ofEpochMilli(((Number) r[2]).longValue()), Instant.ofEpochMilli(((Number) r[3]).longValue()),
                ((Number) r[4]).intValue(), (String) r[5], (String) r[6], (String) r[7]);
    }

    /**
     * A peer session's link: planned, approved and held sessions take feedback (a returned plan is being reworked).
     * Its times are China local times, like the training sessions' instants shown.
     */
    private LinkFacts peerLink(String token) {
        List<?> found = em.createNativeQuery("""
                select p.id, p.status, p.starts_at, p.ends_at, coalesce(p.topic, l.title_zh),
                       case when p.topic is null then l.title_en end, site.name_zh
                  from feedback_link fl join peer_session p on p.id = fl.peer_session_id
                       join peer_host h on h.id = p.host_id join site on site.id = h.site_id
                       left join curriculum_lesson l on l.id = p.lesson_id
                 where fl.token = ?1""").setParameter(1, token).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("feedback.public.unknownLink");
        }
        Object[] r = (Object[]) found.get(0);
        String status = (String) r[1];
        return new LinkFacts(-1, SessionStatus.PLANNED, SessionTime.instant(localTime(r[2])),
                SessionTime.instant(localTime(r[3])), 0, (String) r[4], (String) r[5], (String) r[6],
                ((Number) r[0]).longValue(), PEER_ON.contains(status), "peer.status." + status);
    }

    private static LocalDateTime localTime(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private static void requireOpen(LinkFacts link, FeedbackSettings settings) {
        Instant opens = settings.opensAt(link.startsAt());
        Instant closes = settings.closesAt(link.endsAt());
        switch (link.window(settings, Instant.now())) {
            case NOT_ON -> throw DomainException.conflict(null, "feedback.public.notOn", link.statusKey());
            case NOT_YET -> throw DomainException.conflict(null, "feedback.public.notOpenYet", when(opens));
            case CLOSED -> throw DomainException.conflict(null, "feedback.public.closed", when(opens), when(closes));
            default -> {
            }
        }
    }

    private static Audience audience(FeedbackForm form, String given) {
        Audience who;
        try {
            who = Audience.valueOf(given.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("audience", "feedback.public.audience.invalid");
        }
        if (!form.answeredBy(who)) {
            throw DomainException.invalid("audience", "feedback.public.audience.invalid");
        }
        return who;
    }

    private static UUID submissionKey(String given) {
        try {
            return UUID.fromString(given == null ? "" : given.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("submissionKey", "feedback.public.submissionKey.invalid");
        }
    }

    /** Only the questions {@code who} is asked (all while nobody has chosen), sections left empty dropped. */
    static FormDefinition narrowed(FormDefinition form, Audience who) {
        if (who == null) {
            return form;
        }
        List<FormDefinition.Section> sections = form.sections().stream()
                .map(s -> new FormDefinition.Section(s.id(), s.position(), s.titleZh(), s.titleEn(),
                        s.questions().stream().filter(q -> q.askedOf(who)).toList()))
                .filter(s -> !s.questions().isEmpty())
                .toList();
        return new FormDefinition(form.formId(), form.versionId(), form.versionNumber(), form.templateCode(),
                form.nameZh(), form.nameEn(), form.forParents(), form.forStudents(), form.identified(), sections);
    }

    static String when(Instant instant) {
        return WHEN.format(SessionTime.local(instant));
    }

    private static LocalDateTime local(long epochMillis) {
        return SessionTime.local(Instant.ofEpochMilli(epochMillis));
    }
}
