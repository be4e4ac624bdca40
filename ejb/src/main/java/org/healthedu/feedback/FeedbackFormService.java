package org.healthedu.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.healthedu.account.Account;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitPath;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;
import org.healthedu.shared.Text;

/**
 * The form builder: the forms a caller sees, a unit's new form (from scratch or a copy), and saving a form's content.
 * <ul>
 * <li>A form is read by anyone whose scope covers its owning unit or whose unit lies under it; shipped templates by
 * everyone. It is edited by an admin or a coordinator covering its owning unit; templates only by an admin
 * (coordinators copy them).</li>
 * <li>Saving content while the current version has no responses rewrites it in place; once it has any, the save makes
 * version n+1 and the answered version stays as it was. The form row is locked first (two editors never both make
 * "the next version"), then the version row {@code for update} before counting its responses: a response insert takes
 * a key-share lock on that row through its foreign key, so a response and a rewrite never cross.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FeedbackFormService {

    public static final int MAX_SECTIONS = 20;
    public static final int MAX_QUESTIONS = 100;
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 20;

    /** A form's summary row; {@code %s} is the condition. Responses over all versions in a correlated count. */
    static final String SUMMARY = """
            select f.id, f.template_code, o.id, o.name_zh, o.name_en, f.name_zh, f.name_en, f.for_parents,
                   f.for_students, f.identified, f.archived, coalesce(v.number, 0),
                   (select count(*) from feedback_response r join feedback_form_version rv on rv.id = r.form_version_id
                     where rv.form_id = f.id),
                   f.updated_at, f.version
              from feedback_form f
              left join organisation_unit o on o.id = f.owner_unit_id
              left join feedback_form_version v on v.id = f.current_version_id
             where %s""";

    /** Forms seen from the unit with path {@code :path}: templates, forms of units covering it or inside it. */
    static final String VISIBLE_FROM = """
            (f.owner_unit_id is null or o.path like :scope or :path like o.path || '%')""";

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private FormDefinitions definitions;

    @PersistenceContext
    private EntityManager em;

    /** The forms the caller sees, templates first, then by name; archived ones only when asked. */
    public Page<FormSummary> listForms(String text, boolean includeArchived, int offset, int limit) {
        Caller caller = currentCaller.get();
        int first = Page.clampOffset(offset);
        int size = Page.clampLimit(limit);
        String where = VISIBLE_FROM + " " + """
                 and (:archived or not f.archived)
                 and (:text = '%%' or lower(f.name_zh) like :text or lower(coalesce(f.name_en, '')) like :text)""";
        String pattern = Persistence.containsPattern(text);
        Query list = em.createNativeQuery(SUMMARY.formatted(where) + " " + """
                 order by case when f.template_code is null then 1 else 0 end, f.archived, f.name_zh, f.id
                 offset :offset limit :limit""");
        Query count = em.createNativeQuery("""
                select count(*) from feedback_form f left join organisation_unit o on o.id = f.owner_unit_id
                 where\s""" + where);
        for (Query q : List.of(list, count)) {
            q.setParameter("scope", caller.scopePattern()).setParameter("path", caller.unitPath())
                    .setParameter("archived", includeArchived).setParameter("text", pattern);
        }
        list.setParameter("offset", first).setParameter("limit", size);
        List<FormSummary> items = summaries(list);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, total, first, size);
    }

    /** The form with its current version's content and its versions. */
    public FormDetail form(long id) {
        Caller caller = currentCaller.get();
        FeedbackForm form = find(id);
        requireCanRead(caller, form);
        return detail(caller, form);
    }

    /** One version of a form the caller may read, as respondents saw it. */
    public FormDefinition version(long formId, long versionId) {
        Caller caller = currentCaller.get();
        FeedbackForm form = find(formId);
        requireCanRead(caller, form);
        FormDefinition definition = definitions.load(versionId);
        if (definition.formId() != formId) {
            throw DomainException.notFound("feedback.form.notFound");
        }
        return definition;
    }

    /** A unit's new form, copied from a form the caller sees or started with one question. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public FormDetail create(NewForm draft) {
        Caller caller = currentCaller.get();
        if (draft == null) {
            throw DomainException.invalid("nameZh", "error.required");
        }
        OrganisationUnit unit = Persistence.findOrNotFound(em, OrganisationUnit.class,
                draft.ownerUnitId() == null ? caller.unitId() : draft.ownerUnitId(), "unit.notFound");
        caller.requireCanManage(unit);
        Account account = em.getReference(Account.class, caller.accountId());
        FeedbackForm form;
        List<FormDraft.SectionDraft> content;
        if (draft.copyOf() != null) {
            FeedbackForm source = find(draft.copyOf());
            requireCanRead(caller, source);
            boolean named = draft.nameZh() != null && !draft.nameZh().isBlank();
            form = new FeedbackForm(unit, named ? draft.nameZh() : source.nameZh(),
                    named ? draft.nameEn() : source.nameEn(),
                    draft.forParents() == null ? source.forParents() : draft.forParents(),
                    draft.forStudents() == null ? source.forStudents() : draft.forStudents(),
                    draft.identified() == null ? source.identified() : draft.identified(), account);
            content = copyOf(definitions.load(source.currentVersion().id()));
        } else {
            boolean parents = draft.forParents() == null ? draft.forStudents() == null || !draft.forStudents()
                    : draft.forParents();
            form = new FeedbackForm(unit, draft.nameZh(), draft.nameEn(), parents,
                    draft.forStudents() != null && draft.forStudents(),
                    draft.identified() != null && draft.identified(), account);
            content = starter();
        }
        validate(form, content);
        em.persist(form);
        FormVersion first = new FormVersion(form, 1, account);
        em.persist(first);
        form.makeCurrent(first);
        write(first, content, Set.of());
        return detail(caller, form);
    }

    /**
     * Saves the form's content (and name and audience, where given): in place while the current version has no
     * responses, else as the next version. Refused when someone saved since {@code expectedVersion}.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public FormDetail saveDefinition(long id, FormDraft draft) {
        Caller caller = currentCaller.get();
        if (draft == null) {
            throw DomainException.invalid("sections", "feedback.builder.sections.required");
        }
        FeedbackForm form = lockForEdit(caller, id, draft.expectedVersion());
        if (draft.nameZh() != null) {
            form.rename(draft.nameZh(), draft.nameEn());
        }
        if (draft.forParents() != null || draft.forStudents() != null || draft.identified() != null) {
            form.changeAudience(draft.forParents() == null ? form.forParents() : draft.forParents(),
                    draft.forStudents() == null ? form.forStudents() : draft.forStudents(),
                    draft.identified() == null ? form.identified() : draft.identified());
        }
        validate(form, draft.sections());
        FormVersion current = form.currentVersion();
        // The version row first, then its responses: see the class comment.
        em.createNativeQuery("select id from feedback_form_version where id = :id for update")
                .setParameter("id", current.id()).getResultList();
        long responses = ((Number) em.createNativeQuery(
                "select count(*) from feedback_response where form_version_id = :id")
                .setParameter("id", current.id()).getSingleResult()).longValue();
        Set<Long> lineages = new HashSet<>();
        for (Object lineage : em.createNativeQuery(
                "select lineage_id from feedback_question where version_id = :id")
                .setParameter("id", current.id()).getResultList()) {
            lineages.add(((Number) lineage).longValue());
        }
        em.lock(form, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (responses > 0) {
            FormVersion next = new FormVersion(form, current.number() + 1,
                    em.getReference(Account.class, caller.accountId()));
            em.persist(next);
            form.makeCurrent(next);
            write(next, draft.sections(), lineages);
        } else {
            em.flush();
            // Questions and choices go with their sections (on delete cascade); nothing answered them.
            em.createNativeQuery("delete from feedback_section where version_id = :id")
                    .setParameter("id", current.id()).executeUpdate();
            write(current, draft.sections(), lineages);
        }
        return detail(caller, form);
    }

    /** Renames, changes who answers, archives or restores a form. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public FormDetail changeSettings(long id, FormSettings settings) {
        Caller caller = currentCaller.get();
        if (settings == null) {
            throw DomainException.invalid("nameZh", "error.required");
        }
        FeedbackForm form = lockForEdit(caller, id, settings.expectedVersion());
        if (settings.nameZh() != null) {
            form.rename(settings.nameZh(), settings.nameEn());
        }
        if (settings.forParents() != null || settings.forStudents() != null || settings.identified() != null) {
            form.changeAudience(settings.forParents() == null ? form.forParents() : settings.forParents(),
                    settings.forStudents() == null ? form.forStudents() : settings.forStudents(),
                    settings.identified() == null ? form.identified() : settings.identified());
            for (Object audience : em.createNativeQuery("""
                    select distinct audience from feedback_question where version_id = :id and audience is not null""")
                    .setParameter("id", form.currentVersion().id()).getResultList()) {
                if (!form.answeredBy(Audience.valueOf((String) audience))) {
                    throw DomainException.invalid("audience", "feedback.builder.audience.questionsLeft");
                }
            }
        }
        if (settings.archived() != null) {
            form.archive(settings.archived());
        }
        em.lock(form, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return detail(caller, form);
    }

    /** Whether the caller may edit the form (for the pages: read-only otherwise). */
    static boolean canEdit(Caller caller, FeedbackForm form) {
        return form.isTemplate() ? caller.isAdmin() : caller.canManage(form.ownerUnit().path());
    }

    static boolean canRead(Caller caller, FeedbackForm form) {
        return form.isTemplate() || caller.covers(form.ownerUnit().path())
                || UnitPath.isWithin(caller.unitPath(), form.ownerUnit().path());
    }

    static void requireCanRead(Caller caller, FeedbackForm form) {
        if (!canRead(caller, form)) {
            throw DomainException.forbidden();
        }
    }

    private FeedbackForm lockForEdit(Caller caller, long id, Long expectedVersion) {
        FeedbackForm form = em.find(FeedbackForm.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (form == null) {
            throw DomainException.notFound("feedback.form.notFound");
        }
        requireCanRead(caller, form);
        if (!canEdit(caller, form)) {
            throw DomainException.forbidden();
        }
        if (expectedVersion != null && expectedVersion != form.version()) {
            throw DomainException.conflict("expectedVersion", "feedback.builder.stale");
        }
        return form;
    }

    private FeedbackForm find(long id) {
        FeedbackForm form = em.find(FeedbackForm.class, id);
        if (form == null) {
            throw DomainException.notFound("feedback.form.notFound");
        }
        return form;
    }

    /** Every rule of the content, checked before anything is written; the field names the input at fault. */
    private static void validate(FeedbackForm form, List<FormDraft.SectionDraft> sections) {
        if (sections == null || sections.isEmpty()) {
            throw DomainException.invalid("sections", "feedback.builder.sections.required");
        }
        if (sections.size() > MAX_SECTIONS) {
            throw DomainException.invalid("sections", "feedback.builder.sections.tooMany", MAX_SECTIONS);
        }
        int questions = 0;
        for (int i = 0; i < sections.size(); i++) {
            FormDraft.SectionDraft section = sections.get(i);
            String at = "sections[" + i + "].";
            Text.required(at + "titleZh", section == null ? null : section.titleZh(), FormSection.TITLE_MAX);
            Text.optional(at + "titleEn", section.titleEn(), FormSection.TITLE_MAX);
            if (section.questions() == null || section.questions().isEmpty()) {
                throw DomainException.invalid(at + "questions", "feedback.builder.questions.required");
            }
            for (int j = 0; j < section.questions().size(); j++) {
                FormDraft.QuestionDraft question = section.questions().get(j);
                String qat = at + "questions[" + j + "].";
                if (++questions > MAX_QUESTIONS) {
                    throw DomainException.invalid("sections", "feedback.builder.questions.tooMany", MAX_QUESTIONS);
                }
                if (question == null || question.kind() == null) {
                    throw DomainException.invalid(qat + "kind", "error.required");
                }
                Text.required(qat + "textZh", question.textZh(), FormQuestion.TEXT_MAX);
                Text.optional(qat + "textEn", question.textEn(), FormQuestion.TEXT_MAX);
                if (question.audience() != null && !form.answeredBy(question.audience())) {
                    throw DomainException.invalid(qat + "audience", "feedback.builder.question.audience");
                }
                if (question.measure() != null && !question.kind().isScale()) {
                    throw DomainException.invalid(qat + "measure", "feedback.question.measure.scaleOnly");
                }
                List<FormDraft.ChoiceDraft> choices = question.choices() == null ? List.of() : question.choices();
                if (question.kind().hasChoices()) {
                    if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
                        throw DomainException.invalid(qat + "choices", "feedback.builder.choices.count", MIN_CHOICES,
                                MAX_CHOICES);
                    }
                    for (int k = 0; k < choices.size(); k++) {
                        FormDraft.ChoiceDraft choice = choices.get(k);
                        Text.required(qat + "choices[" + k + "].labelZh", choice == null ? null : choice.labelZh(),
                                FormChoice.LABEL_MAX);
                        Text.optional(qat + "choices[" + k + "].labelEn", choice.labelEn(), FormChoice.LABEL_MAX);
                    }
                } else if (!choices.isEmpty()) {
                    throw DomainException.invalid(qat + "choices", "feedback.builder.choices.none");
                }
            }
        }
    }

    /**
     * Writes validated content into {@code version}. A question keeps the lineage it names when that lineage is one of
     * {@code keptLineages} (the version it continues) and not already taken in this save; otherwise it starts its own.
     */
    private void write(FormVersion version, List<FormDraft.SectionDraft> sections, Set<Long> keptLineages) {
        Set<Long> taken = new HashSet<>();
        List<FormQuestion> fresh = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            FormDraft.SectionDraft s = sections.get(i);
            FormSection section = new FormSection(version, i + 1, s.titleZh(), s.titleEn());
            em.persist(section);
            for (int j = 0; j < s.questions().size(); j++) {
                FormDraft.QuestionDraft q = s.questions().get(j);
                Long lineage = q.lineageId() != null && keptLineages.contains(q.lineageId())
                        && taken.add(q.lineageId()) ? q.lineageId() : null;
                FormQuestion question = new FormQuestion(section, j + 1, lineage, q.kind(), q.required(),
                        q.audience(), q.measure(), q.textZh(), q.textEn());
                em.persist(question);
                if (lineage == null) {
                    fresh.add(question);
                }
                List<FormDraft.ChoiceDraft> choices = q.choices() == null ? List.of() : q.choices();
                for (int k = 0; k < choices.size(); k++) {
                    em.persist(new FormChoice(question, k + 1, choices.get(k).labelZh(), choices.get(k).labelEn()));
                }
            }
        }
        em.flush();
        fresh.forEach(FormQuestion::startLineage);
        em.flush();
    }

    /** The content of a definition as a draft of a new form: same texts, new lineages. */
    private static List<FormDraft.SectionDraft> copyOf(FormDefinition definition) {
        return definition.sections().stream().map(s -> new FormDraft.SectionDraft(s.titleZh(), s.titleEn(),
                s.questions().stream().map(q -> new FormDraft.QuestionDraft(null, q.kind(), q.required(),
                        q.audience(), q.measure(), q.textZh(), q.textEn(), q.choices().stream()
                                .map(c -> new FormDraft.ChoiceDraft(c.labelZh(), c.labelEn())).toList()))
                        .toList())).toList();
    }

    /** A new form starts with the question every form asks, so it is valid from the start. */
    private static List<FormDraft.SectionDraft> starter() {
        return List.of(new FormDraft.SectionDraft("本次课程", "This session", List.of(new FormDraft.QuestionDraft(
                null, QuestionKind.RATING10, true, null, Measure.SATISFACTION, "您对本次课程的总体评分（0–10分）",
                "Overall, how would you rate this session (0–10)?", List.of()))));
    }

    private FormDetail detail(Caller caller, FeedbackForm form) {
        em.flush();
        Query one = em.createNativeQuery(SUMMARY.formatted("f.id = :id")).setParameter("id", form.id());
        FormSummary summary = summaries(one).get(0);
        List<FormDetail.VersionInfo> versions = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select v.id, v.number, v.created_at,
                       (select count(*) from feedback_response r where r.form_version_id = v.id)
                  from feedback_form_version v where v.form_id = :id order by v.number desc""")
                .setParameter("id", form.id()).getResultList()) {
            Object[] r = (Object[]) row;
            versions.add(new FormDetail.VersionInfo(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                    instant(r[2]), ((Number) r[3]).longValue()));
        }
        return new FormDetail(form.id(), summary, definitions.load(form.currentVersion().id()), versions,
                canEdit(caller, form), summary.version());
    }

    static List<FormSummary> summaries(Query query) {
        List<FormSummary> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new FormSummary(((Number) r[0]).longValue(), (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (Boolean) r[7], (Boolean) r[8], (Boolean) r[9], (Boolean) r[10],
                    ((Number) r[11]).intValue(), ((Number) r[12]).longValue(), instant(r[13]),
                    ((Number) r[14]).longValue()));
        }
        return items;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
