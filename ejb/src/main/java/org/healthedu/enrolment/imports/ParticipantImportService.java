package org.healthedu.enrolment.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.enrolment.Age;
import org.healthedu.enrolment.Batch;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.shared.DomainException;

/**
 * Creates participants from an uploaded CSV or XLSX file and enrols them in a batch. The preview checks every row
 * (nothing changes); applying reads and checks the same bytes again under a lock on the batch (nothing from the
 * preview is trusted, and nobody can take the places meanwhile), then writes the valid rows only, or all rows or none.
 * New participants belong to the batch's site and its unit. Managed by an admin or a coordinator managing the
 * project. The writes are set-based: one statement per table whatever the number of rows (a file may have 10,000).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ParticipantImportService {

    /** Stays well below PostgreSQL's bind-parameter limit and keeps each statement's plan small. */
    static final int KEYS_PER_QUERY = 1_000;

    /** One factory for all builders: each static {@code Json.create…} call looks the provider up again (slow). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    private CurrentCaller currentCaller;

    @PersistenceContext
    private EntityManager em;

    public ParticipantImportPreview preview(long batchId, String filename, byte[] content,
            ParticipantKind defaultKind) {
        Caller caller = currentCaller.get();
        Batch batch = managedBatch(caller, batchId);
        List<ParticipantImportRow> rows = new ParticipantImportParser().parse(filename, content);
        return plan(caller, batch, rows, defaultKind).preview();
    }

    /**
     * Applies the file: with {@link ImportMode#ALL} every row or none (any row with an error refuses the file), with
     * {@link ImportMode#VALID} the rows without errors (refused only when there are none).
     */
    public ImportOutcome apply(long batchId, String filename, byte[] content, ParticipantKind defaultKind,
            ImportMode mode) {
        Caller caller = currentCaller.get();
        Batch batch = managedBatch(caller, batchId);
        List<ParticipantImportRow> rows = new ParticipantImportParser().parse(filename, content);
        // Read fresh under the row lock: the capacity and the places taken cannot change until this commits.
        em.refresh(batch, LockModeType.PESSIMISTIC_WRITE);
        ParticipantImportPlan plan = plan(caller, batch, rows, defaultKind);
        ParticipantImportPreview preview = plan.preview();
        if (mode != ImportMode.VALID && !preview.canApplyAll()) {
            throw DomainException.invalid("file", "participantImport.hasErrors", preview.errorRows());
        }
        if (plan.valid().isEmpty()) {
            throw DomainException.invalid("file", "import.nothingValid");
        }
        Site site = batch.projectSite().site();
        int consents = insert(plan.valid(), batch, site, caller);
        return new ImportOutcome(plan.valid().size(), plan.valid().size(), consents, preview.errorRows());
    }

    /** The batch, if the caller manages its project and the project is open; the file's people go to its site. */
    private Batch managedBatch(Caller caller, long batchId) {
        Batch batch = em.find(Batch.class, batchId);
        if (batch == null) {
            throw DomainException.notFound("batch.notFound", batchId);
        }
        caller.requireCanManage(batch.project().owner());
        batch.project().requireOpen();
        caller.requireCanManage(batch.projectSite().site().unit());
        return batch;
    }

    private ParticipantImportPlan plan(Caller caller, Batch batch, List<ParticipantImportRow> rows,
            ParticipantKind defaultKind) {
        long active = em.createQuery("""
                select count(e) from Enrolment e
                where e.batch.id = :id and e.status = org.healthedu.enrolment.EnrolmentStatus.ACTIVE""", Long.class)
                .setParameter("id", batch.id())
                .getSingleResult();
        return ParticipantImportPlanner.plan(rows, defaultKind == null ? ParticipantKind.PARENT : defaultKind,
                existing(caller, rows), batch.capacity() - active, Age.today());
    }

    /**
     * Participants in the caller's scope whose names the file repeats, by name key: one query per thousand names,
     * never one per row.
     */
    private Map<String, List<ExistingParticipant>> existing(Caller caller, List<ParticipantImportRow> rows) {
        List<String> keys = new ArrayList<>(ParticipantImportPlanner.nameKeys(rows));
        Map<String, List<ExistingParticipant>> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
            em.createQuery("""
                    select new org.healthedu.enrolment.imports.ExistingParticipant(p.id, p.nameKey, p.displayName,
                           p.phone, p.birthYear, p.school, u.nameZh)
                    from Participant p join p.unit u
                    where p.nameKey in :keys and u.path like :scope""", ExistingParticipant.class)
                    .setParameter("keys", chunk)
                    .setParameter("scope", caller.scopePattern())
                    .getResultList()
                    .forEach(p -> found.computeIfAbsent(p.nameKey(), k -> new ArrayList<>()).add(p));
        }
        return found;
    }

    /**
     * Writes the planned participants, their enrolments and consents: ids drawn in one query, then one insert per
     * table from a JSON array of the rows ({@code jsonb_to_recordset}), so 10,000 rows are four statements.
     */
    private int insert(List<PlannedParticipant> planned, Batch batch, Site site, Caller caller) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select nextval('participant_seq') from generate_series(1, :n)")
                .setParameter("n", planned.size())
                .getResultList();
        JsonArrayBuilder people = JSON.createArrayBuilder();
        JsonArrayBuilder consents = JSON.createArrayBuilder();
        int consentCount = 0;
        for (int i = 0; i < planned.size(); i++) {
            PlannedParticipant p = planned.get(i);
            long id = ids.get(i).longValue();
            JsonObjectBuilder person = JSON.createObjectBuilder()
                    .add("id", id)
                    .add("kind", p.details().kind().name())
                    .add("name", p.details().displayName())
                    .add("name_key", p.nameKey());
            addIfPresent(person, "gender", p.details().gender() == null ? null : p.details().gender().name());
            if (p.details().birthYear() != null) {
                person.add("birth_year", p.details().birthYear());
            }
            addIfPresent(person, "phone", p.details().phone());
            addIfPresent(person, "school", p.details().school());
            addIfPresent(person, "grade", p.details().grade());
            people.add(person);
            if (p.consent() != null) {
                consents.add(JSON.createObjectBuilder()
                        .add("participant_id", id)
                        .add("guardian_name", p.consent().guardianName())
                        .add("relation", p.consent().relation())
                        .add("consent_date", p.consent().consentDate().toString())
                        .add("text_version", p.consent().textVersion()));
                consentCount++;
            }
        }
        String peopleJson = people.build().toString();
        OrganisationUnit unit = site.unit();
        em.createNativeQuery("""
                insert into participant (id, kind, display_name, name_key, gender, birth_year, phone, school, grade,
                                         unit_id, site_id, version, created_at, updated_at)
                select r.id, r.kind, r.name, r.name_key, r.gender, r.birth_year, r.phone, r.school, r.grade,
                       :unitId, :siteId, 0, now(), now()
                  from jsonb_to_recordset(cast(:rows as jsonb)) as r(id bigint, kind varchar, name varchar,
                       name_key varchar, gender varchar, birth_year integer, phone varchar, school varchar,
                       grade varchar)""")
                .setParameter("rows", peopleJson)
                .setParameter("unitId", unit.id())
                .setParameter("siteId", site.id())
                .executeUpdate();
        if (consentCount > 0) {
            em.createNativeQuery("""
                    insert into guardian_consent (id, participant_id, guardian_name, relation, consent_date,
                                                  text_version, recorded_by, recorded_at)
                    select nextval('guardian_consent_seq'), r.participant_id, r.guardian_name, r.relation,
                           r.consent_date, r.text_version, :by, now()
                      from jsonb_to_recordset(cast(:rows as jsonb)) as r(participant_id bigint,
                           guardian_name varchar, relation varchar, consent_date date, text_version varchar)""")
                    .setParameter("rows", consents.build().toString())
                    .setParameter("by", caller.accountId())
                    .executeUpdate();
        }
        em.createNativeQuery("""
                insert into enrolment (id, batch_id, project_id, participant_id, status, enrolled_on, enrolled_by,
                                       version, created_at, updated_at)
                select nextval('enrolment_seq'), :batchId, :projectId, r.id, 'ACTIVE', :today, :by, 0, now(), now()
                  from jsonb_to_recordset(cast(:rows as jsonb)) as r(id bigint)""")
                .setParameter("rows", peopleJson)
                .setParameter("batchId", batch.id())
                .setParameter("projectId", batch.project().id())
                .setParameter("today", Age.today())
                .setParameter("by", caller.accountId())
                .executeUpdate();
        return consentCount;
    }

    private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }
}
