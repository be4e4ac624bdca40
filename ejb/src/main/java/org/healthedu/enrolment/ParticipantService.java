package org.healthedu.enrolment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;

/**
 * Participants and their guardians' consent. Seen and managed by an admin or a coordinator whose scope covers the
 * participant's unit; nobody else reads personal data here (trainers see their batches' rosters, see
 * {@link BatchService}). Every list is scoped by the unit path and paged.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ParticipantService {

    /** Select list of {@link ParticipantView}: the consent in force is a left join, enrolments a correlated count. */
    static final String PARTICIPANT_VIEW = """
            select new org.healthedu.enrolment.ParticipantView(p.id, p.kind, p.displayName, p.anonymisedAt, p.gender,
                   p.birthYear, p.phone, p.school, p.grade, u.id, u.nameZh, s.id, s.nameZh, c.id, c.guardianName,
                   c.relation, c.consentDate, c.textVersion, a.displayName, c.recordedAt,
                   (select count(e) from Enrolment e where e.participant = p
                       and e.status = org.healthedu.enrolment.EnrolmentStatus.ACTIVE),
                   p.version)
            from Participant p join p.unit u left join p.site s
                 left join GuardianConsent c on c.participant = p and c.withdrawnAt is null
                 left join c.recordedBy a
            """;

    static final String ENROLMENT_VIEW = """
            select new org.healthedu.enrolment.EnrolmentView(e.id, b.id, b.name, b.number, pj.id, pj.nameZh, p.id,
                   e.status, e.enrolledOn, e.endedOn, e.endReason, f.id, e.version)
            from Enrolment e join e.batch b join e.project pj join e.participant p left join e.movedFrom f
            """;

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    /**
     * Participants in scope (below {@code unitId} when given) whose name contains {@code text}, of one kind or all,
     * by name, a page at a time. Anonymised participants are left out of a name search (they have none).
     */
    public Page<ParticipantView> listParticipants(String text, ParticipantKind kind, Long unitId, int offset,
            int limit) {
        Caller caller = currentCaller.get();
        String scope = caller.scopePattern();
        if (unitId != null) {
            OrganisationUnit unit = findUnit(unitId);
            caller.requireCovers(unit);
            scope = unit.path() + "%";
        }
        boolean searching = text != null && !text.isBlank();
        String where = " where u.path like :scope"
                + (searching ? " and p.nameKey like :text escape '\\'" : "")
                + (kind == null ? "" : " and p.kind = :kind");
        TypedQuery<Long> count = em.createQuery(
                "select count(p) from Participant p join p.unit u" + where, Long.class);
        TypedQuery<ParticipantView> items = em.createQuery(
                PARTICIPANT_VIEW + where + " order by p.nameKey nulls last, p.id", ParticipantView.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            query.setParameter("scope", scope);
            if (searching) {
                query.setParameter("text", Persistence.containsPattern(Participant.nameKey(text)));
            }
            if (kind != null) {
                query.setParameter("kind", kind);
            }
        }
        long total = count.getSingleResult();
        List<ParticipantView> page = items.setFirstResult(Page.clampOffset(offset))
                .setMaxResults(Page.clampLimit(limit))
                .getResultList();
        return new Page<>(page, total, Page.clampOffset(offset), Page.clampLimit(limit));
    }

    public ParticipantView getParticipant(long id) {
        Caller caller = currentCaller.get();
        caller.requireCanManage(find(id).unit());
        return view(id);
    }

    /** A new participant of a unit in scope, with the guardian's consent when one is given (for minors). */
    public ParticipantView createParticipant(ParticipantDraft draft) {
        Caller caller = currentCaller.get();
        Site site = draft.siteId() == null ? null : findSite(draft.siteId());
        OrganisationUnit unit = draft.unitId() != null ? findUnit(draft.unitId()) : site == null ? null : site.unit();
        if (unit == null) {
            throw DomainException.invalid("unitId", "error.required");
        }
        caller.requireCanManage(unit);
        if (site != null) {
            caller.requireCanManage(site.unit());
        }
        LocalDate today = Age.today();
        Participant participant = new Participant(draft.details(), unit, site, today);
        GuardianConsent consent = null;
        if (draft.consent() != null && !draft.consent().isEmpty()) {
            consent = new GuardianConsent(participant, draft.consent(), account(caller), today);
        }
        em.persist(participant);
        if (consent != null) {
            em.persist(consent);
        }
        em.flush();
        return view(participant.id());
    }

    /**
     * New details, unit or site. A change that makes the person possibly under 14 is refused while they are enrolled
     * without a guardian's consent, as is a phone for someone who could be under 18.
     */
    public ParticipantView updateParticipant(long id, ParticipantChanges changes) {
        Caller caller = currentCaller.get();
        Participant participant = find(id);
        caller.requireCanManage(participant.unit());
        participant.requireNotAnonymised();
        Persistence.requireVersion(participant.version(), changes.expectedVersion());
        Site site = changes.siteId() == null ? null : findSite(changes.siteId());
        OrganisationUnit unit = changes.unitId() != null ? findUnit(changes.unitId())
                : site != null ? site.unit() : participant.unit();
        caller.requireCanManage(unit);
        LocalDate today = Age.today();
        participant.revise(changes.details(), today);
        participant.place(unit, site);
        if (Age.needsConsent(participant.birthYear(), today) && !consentInForce(id) && activeEnrolments(id) > 0) {
            throw DomainException.invalid("birthYear", "participant.consentNeededForEnrolments");
        }
        Persistence.flushOrConflict(em, null, "error.staleEdit");
        return view(id);
    }

    /** Records a guardian's consent for a minor; one consent is in force at a time. */
    public ParticipantView recordConsent(long id, ConsentDraft draft) {
        Caller caller = currentCaller.get();
        Participant participant = lock(id);
        caller.requireCanManage(participant.unit());
        GuardianConsent consent = new GuardianConsent(participant, draft, account(caller), Age.today());
        if (consentInForce(id)) {
            throw DomainException.conflict("consent", "consent.alreadyRecorded");
        }
        em.persist(consent);
        Persistence.flushOrConflict(em, "consent", "consent.alreadyRecorded");
        return view(id);
    }

    /**
     * The guardian withdraws consent: their active enrolments end (in projects not closed: a closed project's record
     * is final), their name, phone, school and grade are blanked for good, as is the guardian's name. Enrolments are
     * kept, so every count stays right. Locks the participant so that no enrolment slips in meanwhile.
     */
    public ParticipantView withdrawConsent(long id) {
        Caller caller = currentCaller.get();
        Participant participant = lock(id);
        caller.requireCanManage(participant.unit());
        List<GuardianConsent> inForce = em.createQuery(
                "select c from GuardianConsent c where c.participant.id = :id and c.withdrawnAt is null",
                GuardianConsent.class)
                .setParameter("id", id)
                .getResultList();
        if (inForce.isEmpty()) {
            throw DomainException.conflict("consent", "consent.none");
        }
        Account by = account(caller);
        Instant now = Instant.now();
        LocalDate today = Age.today();
        inForce.forEach(c -> c.withdraw(by, now));
        em.createQuery("""
                select e from Enrolment e
                where e.participant.id = :id and e.status = org.healthedu.enrolment.EnrolmentStatus.ACTIVE
                  and e.project.status <> org.healthedu.project.ProjectStatus.CLOSED""", Enrolment.class)
                .setParameter("id", id)
                .getResultList()
                .forEach(e -> e.endByConsentWithdrawal(today, by));
        participant.anonymise(now);
        em.flush();
        return view(id);
    }

    /** A participant's enrolments, latest first: the history of batches they joined, moved between and left. */
    public List<EnrolmentView> enrolmentsOf(long id) {
        Caller caller = currentCaller.get();
        caller.requireCanManage(find(id).unit());
        return em.createQuery(ENROLMENT_VIEW + " where p.id = :id order by e.enrolledOn desc, e.id desc",
                EnrolmentView.class)
                .setParameter("id", id)
                .getResultList();
    }

    private boolean consentInForce(long participantId) {
        return em.createQuery("""
                select count(c) from GuardianConsent c where c.participant.id = :id and c.withdrawnAt is null""",
                Long.class)
                .setParameter("id", participantId)
                .getSingleResult() > 0;
    }

    private long activeEnrolments(long participantId) {
        return em.createQuery("""
                select count(e) from Enrolment e
                where e.participant.id = :id and e.status = org.healthedu.enrolment.EnrolmentStatus.ACTIVE""",
                Long.class)
                .setParameter("id", participantId)
                .getSingleResult();
    }

    private ParticipantView view(long id) {
        return em.createQuery(PARTICIPANT_VIEW + " where p.id = :id", ParticipantView.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private Account account(Caller caller) {
        return em.getReference(Account.class, caller.accountId());
    }

    private Participant find(long id) {
        return Persistence.findOrNotFound(em, Participant.class, id, "participant.notFound");
    }

    private Participant lock(long id) {
        return Persistence.lockOrNotFound(em, Participant.class, id, "participant.notFound");
    }

    private OrganisationUnit findUnit(long id) {
        return Persistence.findOrNotFound(em, OrganisationUnit.class, id, "unit.notFound");
    }

    private Site findSite(long id) {
        return Persistence.findOrNotFound(em, Site.class, id, "site.notFound");
    }
}
