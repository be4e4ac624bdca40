package org.healthedu.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of every table that holds something about a participant (学员): what an export reads from it, what
 * an erasure clears in it and why the rest is kept; and of the tables whose personal-looking columns are not a
 * participant's (staff, sites), with the reason. Export ({@link PersonalDataService}) and erasure (the same, and the
 * retention job) both walk this list, and {@code PrivacyCoverageIT} fails when the live schema has a table that
 * references a participant (or an enrolment), or a personal-looking column, that is not declared here.
 *
 * <p>Order matters for erasure: rows found through another table (answers through their response) come before the
 * statement that unlinks that table.
 *
 * <p>What an erasure keeps, on purpose: kind, gender and birth year of the person (every figure by kind, sex and age
 * counts them; without a name, phone, school or guardian they no longer identify anyone in a report, and reports
 * above site level suppress cells under the minimum group size), enrolments, attendance marks, certifications and the
 * report rows (counts stay right), and anonymous feedback (never linked to anyone).
 *
 * <p>Uploaded files: none is about one participant (import spreadsheets and attendance sheets are never stored), but
 * the photos and scanned sign-in sheets of headcount activities and a report's photos, documents and archive lists
 * may show them. The {@code stored_file} entry lists those ({@link #FILES_THAT_MAY_SHOW}) in the export; an erasure
 * cannot see whether a scan shows the person, so it removes the content only of the files its request names, and the
 * retention job removes the content of all of them when their project's retention period ends.
 */
public final class PersonalDataRegistry {

    /** Written over a linked free-text feedback answer, which could name the person. */
    public static final String ERASED_TEXT = "[已删除]";

    /**
     * The files that may show participants {@code :ids}, with where they were found ({@code file_id, found_in, about,
     * on_date}): evidence of headcount activities of a project they were enrolled in, at the site of their batch (or,
     * without a site, at a unit above it), or at their own site; and attachments of completion reports of a project
     * they were enrolled in whose reporting unit covers their batch's site.
     */
    static final String FILES_THAT_MAY_SHOW = """
            select ae.file_id, 'ACTIVITY_EVIDENCE' as found_in, a.topic as about, a.held_on as on_date
            from activity_evidence ae join activity a on a.id = ae.activity_id
                 join organisation_unit au on au.id = a.unit_id
            where exists (select 1 from enrolment e join batch b on b.id = e.batch_id
                              join project_site ps on ps.id = b.project_site_id join site s on s.id = ps.site_id
                              join organisation_unit su on su.id = s.unit_id
                          where e.participant_id in (:ids) and e.project_id = a.project_id
                            and (a.site_id = s.id or (a.site_id is null and su.path like au.path || '%')))
               or a.site_id in (select p.site_id from participant p where p.id in (:ids))
            union all
            select ra.file_id, 'REPORT_' || ra.kind, pj.name_zh || ' ' || r.period_start || '/' || r.period_end,
                   r.period_end
            from report_attachment ra join completion_report r on r.id = ra.report_id
                 join project pj on pj.id = r.project_id join organisation_unit ru on ru.id = r.unit_id
            where exists (select 1 from enrolment e join batch b on b.id = e.batch_id
                              join project_site ps on ps.id = b.project_site_id join site s on s.id = ps.site_id
                              join organisation_unit su on su.id = s.unit_id
                          where e.participant_id in (:ids) and e.project_id = r.project_id
                            and su.path like ru.path || '%')""";

    private static final List<PersonalTable> TABLES = List.of(
            new PersonalTable("participant", "t.id in (:ids)", """
                    select p.id, p.kind, p.display_name, p.gender, p.birth_year, p.phone, p.school, p.grade,
                           u.name_zh as unit, s.name_zh as site, p.anonymised_at, p.created_at
                    from participant p join organisation_unit u on u.id = p.unit_id left join site s on s.id = p.site_id
                    where p.id in (:ids)""",
                    ordered("display_name", "null", "name_key", "null", "phone", "null", "school", "null",
                            "grade", "null", "anonymised_at", "coalesce(t.anonymised_at, now())"),
                    "kind, gender, birth year, unit and site: counted by kind, sex, age and place in every figure"),
            new PersonalTable("guardian_consent", "t.participant_id in (:ids)", """
                    select c.guardian_name, c.relation, c.consent_date, c.text_version, c.recorded_at, c.withdrawn_at
                    from guardian_consent c where c.participant_id in (:ids) order by c.recorded_at, c.id""",
                    ordered("guardian_name", "null", "withdrawn_at", "coalesce(t.withdrawn_at, now())"),
                    "relation, date and text version: proof that the data was held with consent"),
            new PersonalTable("enrolment", "t.participant_id in (:ids)", """
                    select e.id, pj.name_zh as project, b.name as batch, b.number as batch_number, e.status,
                           e.enrolled_on, e.ended_on, e.end_reason
                    from enrolment e join batch b on b.id = e.batch_id join project pj on pj.id = e.project_id
                    where e.participant_id in (:ids) order by e.enrolled_on, e.id""",
                    ordered("end_reason", "null"),
                    "batch, status and dates: enrolment counts and reach"),
            new PersonalTable("attendance", "t.participant_id in (:ids)", """
                    select a.session_id, pj.name_zh as project, b.name as batch, s.starts_at, a.status, a.walk_in,
                           a.source, a.note, a.recorded_at
                    from attendance a join training_session s on s.id = a.session_id
                         join batch b on b.id = s.batch_id join project pj on pj.id = b.project_id
                    where a.participant_id in (:ids) order by s.starts_at, a.id""",
                    ordered("note", "null"),
                    "marks and check-ins (source SELF_CHECKIN): attendance tallies, completion"),
            new PersonalTable("attendance_change", "t.participant_id in (:ids)", """
                    select c.session_id, c.changed_at, c.old_status, c.new_status, c.old_note, c.new_note, c.source
                    from attendance_change c where c.participant_id in (:ids) order by c.changed_at, c.id""",
                    ordered("old_note", "null", "new_note", "null"),
                    "statuses and times: the history of each mark"),
            new PersonalTable("report_participant", "t.participant_id in (:ids)", """
                    select pj.name_zh as project, s.name_zh as site, r.kind, r.gender, r.enrolled_on, r.ended_on,
                           r.completed_on
                    from report_participant r join project pj on pj.id = r.project_id join site s on s.id = r.site_id
                    where r.participant_id in (:ids) order by r.enrolled_on""",
                    Map.of(),
                    "no personal field: the completions (completed_on) that report figures count"),
            new PersonalTable("peer_host", "t.participant_id in (:ids)", """
                    select pj.name_zh as project, s.name_zh as site, h.certified_at, h.revoked_at,
                           h.account_id is not null as has_account
                    from peer_host h join project pj on pj.id = h.project_id join site s on s.id = h.site_id
                    where h.participant_id in (:ids) order by h.certified_at""",
                    Map.of(),
                    "no personal field: host certifications count peer reach; a host's own account is closed by"
                            + " deactivating it"),
            new PersonalTable("account",
                    "t.id in (select h.account_id from peer_host h where h.participant_id in (:ids))", """
                    select a.username, a.display_name, a.role, a.active, a.created_at
                    from account a where a.id in (select h.account_id from peer_host h where h.participant_id in (:ids))
                    order by a.id""",
                    ordered("display_name", "'" + "已删除 #' || (select min(h.participant_id) from peer_host h"
                            + " where h.account_id = t.id)", "active", "false", "credentials_changed_at", "now()"),
                    "a peer host's own sign-in account (its name copied from the participant): renamed to the"
                            + " placeholder, closed and signed out; the username stays as the key of the audit trail;"
                            + " staff accounts are no participant's data"),
            new PersonalTable("feedback_answer",
                    "t.response_id in (select r.id from feedback_response r where r.participant_id in (:ids))", """
                    select a.response_id, q.position as question, a.number_value, a.choice_id, a.text_value
                    from feedback_answer a join feedback_question q on q.id = a.question_id
                    where a.response_id in (select r.id from feedback_response r where r.participant_id in (:ids))
                    order by a.response_id, q.position, a.id""",
                    ordered("text_value", "case when t.text_value is null then null else '" + ERASED_TEXT + "' end"),
                    "scores and choices of a linked response: they stay in the results, unlinked"),
            new PersonalTable("feedback_response", "t.participant_id in (:ids)", """
                    select r.id, r.session_id, r.peer_session_id, r.audience, r.locale, r.submitted_at
                    from feedback_response r where r.participant_id in (:ids) order by r.submitted_at, r.id""",
                    ordered("participant_id", "null"),
                    "the response itself, unlinked: anonymous from then on; anonymous responses are never linked"),
            new PersonalTable("feedback_ticket", "t.participant_id in (:ids)", """
                    select k.session_id, k.used
                    from feedback_ticket k where k.participant_id in (:ids) order by k.session_id""",
                    ordered("participant_id", "null"),
                    "the ticket (its session and whether it was used), unlinked"),
            new PersonalTable("stored_file", "t.id in (select x.file_id from (" + FILES_THAT_MAY_SHOW + ") x)",
                    "select f.id as file_id, x.found_in, f.file_name, f.created_at as uploaded_at, x.about,"
                            + " x.on_date, f.content_removed_at, f.content_removed_reason"
                            + " from (" + FILES_THAT_MAY_SHOW + ") x join stored_file f on f.id = x.file_id"
                            + " order by x.on_date, f.id",
                    Map.of(),
                    "uploaded files that may show the person: photos and scanned sign-in sheets of headcount"
                            + " activities at their sites and projects, and the photos, documents and archive lists"
                            + " of completion reports covering their site. They are tied to an activity or a report,"
                            + " not to a person, so they are listed, not read: an erasure removes the content of"
                            + " those its request names (someone checked they show the person), and the retention"
                            + " job removes the content of all of them once their project's retention period has"
                            + " passed (RetentionBatch). The row stays, marked removed (when, why). Participant"
                            + " import files and attendance sheets are never stored: they are read, checked and"
                            + " dropped in the request that uploads them"),
            PersonalTable.exempt("stored_file_content", "the bytes of a stored_file: deleted whenever its file is"
                    + " marked removed for privacy (FileStore.removeContent); nothing else is kept of them"),
            PersonalTable.exempt("activity_evidence", "links a file to an activity; the file is declared under"
                    + " stored_file"),
            PersonalTable.exempt("report_attachment", "links a file to a completion report with a caption written"
                    + " by staff; the file is declared under stored_file"),
            PersonalTable.exempt("activity", "headcount activities have no roster: the organiser is staff, grade is"
                    + " the audience's school grade, the note is about the event; figures by sex and age are counts"),
            PersonalTable.exempt("batch", "a batch's name"),
            PersonalTable.exempt("training_session", "staff's reasons for a status change or a booking override"),
            PersonalTable.exempt("peer_session", "a host's reason for cancelling a peer session"),
            PersonalTable.exempt("project_text", "a note on a project document"),
            PersonalTable.exempt("fund_use", "a note on spending; its receipt (a stored_file) is a vendor's or"
                    + " staff's, not a participant's"),
            PersonalTable.exempt("app_secret", "the name of an application secret"),
            PersonalTable.exempt("trainer_profile", "a trainer's work contact, staff"),
            PersonalTable.exempt("site", "the site's address and contact person, not a participant"),
            PersonalTable.exempt("audit_event", "staff's network address; append-only, never personal data"
                    + " of a participant"),
            PersonalTable.exempt("audit_change", "the history of enrolments and marks keeps ids, statuses and dates;"
                    + " their free text (end reasons, notes) and accounts' display names (a host's is a student's"
                    + " name) are recorded only as \"changed\", never copied"),
            PersonalTable.exempt("login_source", "the address an account (staff) last signed in from"),
            PersonalTable.exempt("job_run", "a scheduled job's name, the server that ran it and a count"));

    private PersonalDataRegistry() {
    }

    public static List<PersonalTable> tables() {
        return TABLES;
    }

    /** The declared tables that hold a participant's data (in the order export and erasure walk them). */
    public static List<PersonalTable> participantTables() {
        return TABLES.stream().filter(PersonalTable::exported).toList();
    }

    public static Optional<PersonalTable> table(String name) {
        return TABLES.stream().filter(t -> t.table().equals(name)).findFirst();
    }

    private static Map<String, String> ordered(String... columnsAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            map.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return map;
    }
}
