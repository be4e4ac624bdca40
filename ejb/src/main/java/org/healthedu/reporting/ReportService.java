package org.healthedu.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.file.FileContent;
import org.healthedu.file.FilePolicy;
import org.healthedu.file.FileStore;
import org.healthedu.file.FileType;
import org.healthedu.file.StoredFile;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitPath;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectAccess;
import org.healthedu.shared.SqlValues;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;
import org.healthedu.shared.Settings;

/**
 * Completion reports: a unit prepares one for a project and period (figures pre-filled from {@link FiguresService},
 * narrative sections, attachments), checks its data, submits it to its parent unit (freezing the figures), and the
 * parent returns or accepts it. Coordinators (and admins) prepare for units they cover and review for the reviewer
 * unit they cover, never their own unit's report; observers read in their scope. Every read is narrowed by the unit
 * path in the query itself.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OBSERVER_NAME})
public class ReportService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Days after the period's end a report is due when no due day is given. */
    static final int DEFAULT_DUE_DAYS = 15;

    /** Reminders look this many days ahead. */
    static final int REMINDER_DAYS = 14;

    static final int REMINDER_LIMIT = 10;

    private static final Jsonb JSON = JsonbBuilder.create();

    private static final FilePolicy PHOTO = new FilePolicy(EnumSet.of(FileType.PNG, FileType.JPEG),
            10 * FilePolicy.MIB);
    private static final FilePolicy DOCUMENT = new FilePolicy(EnumSet.of(FileType.PDF, FileType.DOCX, FileType.DOC),
            20 * FilePolicy.MIB);
    private static final FilePolicy ARCHIVE_LIST = new FilePolicy(EnumSet.of(FileType.PDF, FileType.DOCX,
            FileType.DOC, FileType.XLSX, FileType.XLS), 20 * FilePolicy.MIB);

    static final String VIEW = """
            select new org.healthedu.reporting.ReportView(r.id, p.id, p.code, p.nameZh, u.id, u.code, u.nameZh,
                   u.nameEn, r.periodKind, r.periodStart, r.periodEnd, r.status, r.dueOn, rv.id, rv.nameZh,
                   r.submittedAt, sb.displayName, r.reviewedAt, r.reviewComment, r.version)
            from CompletionReport r join r.project p join r.unit u left join r.reviewerUnit rv
                 left join Account sb on sb.id = r.submittedBy
            """;

    /** The report goes to the caller's unit: its reviewer unit, or the project's funder for the owner's report. */
    private static final String REVIEWED_BY_MY_UNIT = "(rv.id = :myUnit or (rv is null and p.funder.id = :myUnit))";

    /** Sites of the project in a unit's subtree (?1 project, ?4 subtree pattern), joined from a session {@code s}. */
    private static final String SESSION_IN_SUBTREE = """
             from training_session s join project_site ps on ps.id = s.project_site_id
                  join site st on st.id = ps.site_id join organisation_unit su on su.id = st.unit_id
            where s.project_id = ?1 and su.path like ?4
              and cast(s.starts_at at time zone 'Asia/Shanghai' as date) between ?2 and ?3
            """;

    @Inject
    private CurrentCaller currentCaller;

    /** Exact figures (what a submission freezes); {@link FiguresEngine#shown} makes them what a viewer sees. */
    @Inject
    private FiguresEngine engine;

    @Inject
    private FileStore files;

    @PersistenceContext
    private EntityManager em;

    // ---- reading ------------------------------------------------------------------------------------------------

    /** A page of the reports the caller may see, latest period first, narrowed by the filter. */
    public Page<ReportView> list(ReportFilter filter, int offset, int limit) {
        Caller caller = currentCaller.get();
        ReportFilter f = filter == null ? ReportFilter.none() : filter;
        StringBuilder where = new StringBuilder(" where u.path like :scope");
        String subtree = null;
        if (f.unitId() != null) {
            subtree = UnitPath.subtreePattern(unit(f.unitId()).path());
            where.append(" and u.path like :subtree");
        }
        if (f.projectId() != null) {
            where.append(" and p.id = :project");
        }
        if (f.period() != null) {
            where.append(" and r.periodKind = :kind and r.periodStart = :start");
        }
        if (f.status() != null) {
            where.append(" and r.status = :status");
        }
        if (f.toReview()) {
            where.append(" and " + REVIEWED_BY_MY_UNIT + " and r.status = :submitted");
        }
        TypedQuery<Long> count = em.createQuery("select count(r) from CompletionReport r join r.project p "
                + "join r.unit u left join r.reviewerUnit rv" + where, Long.class);
        TypedQuery<ReportView> items = em.createQuery(VIEW + where
                + " order by r.periodStart desc, u.path, r.id desc", ReportView.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            query.setParameter("scope", caller.scopePattern());
            if (subtree != null) {
                query.setParameter("subtree", subtree);
            }
            if (f.projectId() != null) {
                query.setParameter("project", f.projectId());
            }
            if (f.period() != null) {
                query.setParameter("kind", f.period().kind()).setParameter("start", f.period().start());
            }
            if (f.status() != null) {
                query.setParameter("status", f.status());
            }
            if (f.toReview()) {
                query.setParameter("myUnit", caller.unitId()).setParameter("submitted", ReportStatus.SUBMITTED);
            }
        }
        int first = Page.clampOffset(offset);
        int max = Page.clampLimit(limit);
        return new Page<>(items.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult(),
                first, max);
    }

    public ReportView report(long reportId) {
        visible(currentCaller.get(), reportId);
        return view(reportId);
    }

    public ReportRights rights(long reportId) {
        Caller caller = currentCaller.get();
        CompletionReport report = visible(caller, reportId);
        boolean prepare = mayPrepare(caller, report);
        boolean review = mayReview(caller, report);
        boolean editable = prepare && report.status().editable();
        return new ReportRights(editable, editable, review && report.status() == ReportStatus.SUBMITTED,
                review && report.status() == ReportStatus.ACCEPTED);
    }

    public List<ReportSectionView> sections(long reportId) {
        visible(currentCaller.get(), reportId);
        Map<SectionKind, ReportSectionView> byKind = new EnumMap<>(SectionKind.class);
        for (SectionKind kind : SectionKind.values()) {
            byKind.put(kind, new ReportSectionView(kind, "", 0));
        }
        for (ReportSection section : em.createQuery("select s from ReportSection s where s.reportId = :id",
                ReportSection.class).setParameter("id", reportId).getResultList()) {
            byKind.put(section.kind(), new ReportSectionView(section.kind(), section.body(), section.version()));
        }
        return List.copyOf(byKind.values());
    }

    public List<ReportAttachmentView> attachments(long reportId) {
        visible(currentCaller.get(), reportId);
        return em.createQuery("""
                select new org.healthedu.reporting.ReportAttachmentView(a.id, f.id, a.kind, a.caption, f.fileName,
                       f.contentType, f.sizeBytes, ac.displayName, a.addedAt, f.contentRemovedAt)
                from ReportAttachment a join a.file f left join Account ac on ac.id = a.addedBy
                where a.reportId = :id order by a.addedAt, a.id""", ReportAttachmentView.class)
                .setParameter("id", reportId).getResultList();
    }

    public FileContent attachmentFile(long reportId, long fileId) {
        visible(currentCaller.get(), reportId);
        List<StoredFile> found = em.createQuery("select a.file from ReportAttachment a where a.reportId = :id "
                + "and a.file.id = :file", StoredFile.class).setParameter("id", reportId)
                .setParameter("file", fileId).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("report.attachment.notFound", fileId);
        }
        return files.content(found.get(0));
    }

    /** Who did what and when, oldest first. */
    public List<ReportDocument.Event> history(long reportId) {
        visible(currentCaller.get(), reportId);
        return events(reportId);
    }

    /** The units below this report's unit expected to report for the same project and period, with their reports. */
    public List<ChildReport> childReports(long reportId) {
        CompletionReport report = visible(currentCaller.get(), reportId);
        List<ChildReport> children = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select c.id, c.code, c.name_zh, c.name_en, r.id, r.status
                  from organisation_unit c
                  left join completion_report r on r.unit_id = c.id and r.project_id = ?1 and r.period_kind = ?2
                        and r.period_start = ?3
                 where c.parent_id = ?4 and exists (
                       select 1 from project_site ps join site st on st.id = ps.site_id
                         join organisation_unit su on su.id = st.unit_id
                        where ps.project_id = ?1 and su.path like c.path || '%')
                 order by c.code""")
                .setParameter(1, report.project().id()).setParameter(2, report.period().kind().name())
                .setParameter(3, report.period().start()).setParameter(4, report.unit().id()).getResultList()) {
            Object[] r = (Object[]) row;
            children.add(new ChildReport(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).longValue(),
                    r[5] == null ? null : ReportStatus.valueOf((String) r[5])));
        }
        return children;
    }

    /**
     * Everything an export shows: the figures frozen at the latest submission while SUBMITTED or ACCEPTED (else the
     * live figures), and, when frozen, each measure whose value differs now (the total and each child). Above the site
     * small cells are hidden as they are rendered (the snapshot keeps the exact figures), in the figures and the
     * changes alike. The live figures come through the reports datasource: on a lagging replica a change made in the
     * last seconds may not show yet.
     */
    public ReportDocument document(long reportId) {
        CompletionReport report = visible(currentCaller.get(), reportId);
        ReportPeriod period = report.period();
        long projectId = report.project().id();
        long unitId = report.unit().id();
        ReportFigures live = engine.figures(FiguresEngine.Source.ROLLUPS, projectId, unitId, period);
        boolean frozen = report.snapshotId() != null && !report.status().editable();
        boolean exact = engine.exactFor(projectId, unitId);
        ReportFigures shown = exact ? live : SmallCells.apply(live, SmallCells.minCell());
        List<ReportDocument.Change> changes = List.of();
        if (frozen) {
            ReportFigures snapshot = frozenFigures(report.snapshotId());
            changes = FigureChanges.between(snapshot, live);
            if (!exact) {
                ReportFigures liveShown = shown;
                shown = SmallCells.apply(snapshot, SmallCells.minCell());
                changes = SmallCells.changes(changes, shown, liveShown);
            } else {
                shown = snapshot;
            }
        }
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        for (ReportSectionView section : sections(reportId)) {
            sections.put(section.kind(), section.body());
        }
        List<ReportDocument.Attachment> attachments = new ArrayList<>();
        for (ReportAttachmentView a : attachments(reportId)) {
            attachments.add(new ReportDocument.Attachment(a.fileId(), a.kind(), a.caption(), a.fileName(),
                    a.sizeBytes()));
        }
        OrganisationUnit unit = report.unit();
        OrganisationUnit reviewer = report.reviewerUnit();
        return new ReportDocument(report.id(), report.status(), period, unit.code(), unit.nameZh(), unit.nameEn(),
                reviewer == null ? null : reviewer.nameZh(), reviewer == null ? null : reviewer.nameEn(), sections,
                attachments, shown, frozen, changes, events(reportId), Instant.now());
    }

    /**
     * The figures frozen in a snapshot, as they were serialised at submission; above the site with small cells hidden
     * (the snapshot itself stays exact).
     */
    public ReportFigures snapshot(long reportId) {
        CompletionReport report = visible(currentCaller.get(), reportId);
        if (report.snapshotId() == null) {
            throw DomainException.notFound("report.snapshot.notFound", reportId);
        }
        ReportFigures frozen = frozenFigures(report.snapshotId());
        return engine.exactFor(report.project().id(), report.unit().id()) ? frozen
                : SmallCells.apply(frozen, SmallCells.minCell());
    }

    /**
     * The units that may report on the project and that the caller may prepare for: the owner and the units of its
     * subtree with project sites below them, in the caller's scope, by level.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public List<ChildReport> reportingUnits(long projectId) {
        Caller caller = currentCaller.get();
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        requireReportingScope(caller, project);
        List<ChildReport> units = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select ou.id, ou.code, ou.name_zh, ou.name_en from organisation_unit ou
                 where ou.path like ?2 and ou.path like ?3 and (ou.id = ?4 or exists (
                       select 1 from project_site ps join site st on st.id = ps.site_id
                         join organisation_unit su on su.id = st.unit_id
                        where ps.project_id = ?1 and su.path like ou.path || '%'))
                 order by ou.depth, ou.path""").setParameter(1, projectId)
                .setParameter(2, UnitPath.subtreePattern(project.owner().path()))
                .setParameter(3, caller.scopePattern()).setParameter(4, project.owner().id())
                .setMaxResults(500).getResultList()) {
            Object[] r = (Object[]) row;
            units.add(new ChildReport(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], null,
                    null));
        }
        return units;
    }

    // ---- preparing ----------------------------------------------------------------------------------------------

    /**
     * A new DRAFT report of {@code unitId} on the project for the period. The unit must be the project's owner or a
     * unit of the owner's subtree with project sites in its own subtree; its reviewer is its parent unit (none for the
     * owner). Due {@value #DEFAULT_DUE_DAYS} days after the period when no day is given.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ReportView create(long projectId, long unitId, ReportPeriod period, LocalDate dueOn) {
        Caller caller = currentCaller.get();
        if (period == null) {
            throw DomainException.invalid("period", "report.period.invalid");
        }
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        OrganisationUnit unit = unit(unitId);
        if (!caller.canManage(unit.path())) {
            throw DomainException.forbidden();
        }
        boolean owner = unit.id().equals(project.owner().id());
        if (!owner && !(UnitPath.isWithin(unit.path(), project.owner().path()) && hasProjectSites(project, unit))) {
            throw DomainException.invalid("unitId", "report.unit.outsideProject");
        }
        if (period.end().isBefore(project.startDate()) || period.start().isAfter(project.endDate())) {
            throw DomainException.invalid("period", "report.period.outsideProject");
        }
        LocalDate due = dueOn != null ? dueOn : period.end().plusDays(DEFAULT_DUE_DAYS);
        CompletionReport report = new CompletionReport(project, unit, period, due, owner ? null : unit.parent(),
                caller.accountId());
        em.persist(report);
        Persistence.flushOrConflict(em, "period", "report.exists");
        for (SectionKind kind : SectionKind.values()) {
            em.persist(new ReportSection(report.id(), kind));
        }
        em.persist(new ReportEvent(report.id(), ReportEvent.Action.CREATED, null, ReportStatus.DRAFT, null,
                caller.accountId()));
        em.flush();
        return view(report.id());
    }

    /** Writes one narrative section (DRAFT or RETURNED only); {@code expectedVersion} is the section's version. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ReportSectionView writeSection(long reportId, SectionKind kind, String body, Long expectedVersion) {
        Caller caller = currentCaller.get();
        if (kind == null) {
            throw DomainException.invalid("kind", "report.section.unknown");
        }
        String text = body == null ? "" : body.strip();
        if (text.codePointCount(0, text.length()) > ReportSection.BODY_MAX) {
            throw DomainException.invalid("body", "report.section.tooLong", ReportSection.BODY_MAX);
        }
        CompletionReport report = editable(caller, reportId);
        ReportSection section = em.find(ReportSection.class, new ReportSection.Key(reportId, kind));
        if (section == null) {
            section = new ReportSection(reportId, kind);
            em.persist(section);
        }
        Persistence.requireVersion(section.version(), expectedVersion);
        section.write(text, caller.accountId());
        recordEditOnce(report, caller);
        em.flush();
        return new ReportSectionView(kind, section.body(), section.version());
    }

    /** Attaches a file, checked by its bytes: PHOTO (PNG, JPEG), DOCUMENT (PDF, Word), ARCHIVE_LIST (+ Excel). */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ReportAttachmentView attach(long reportId, ReportAttachment.Kind kind, String caption, String fileName,
            byte[] content) {
        Caller caller = currentCaller.get();
        if (kind == null) {
            throw DomainException.invalid("kind", "report.attachment.kind");
        }
        String cleanCaption = caption == null || caption.isBlank() ? null : caption.strip();
        if (cleanCaption != null && cleanCaption.length() > ReportAttachment.CAPTION_MAX) {
            throw DomainException.invalid("caption", "report.attachment.captionTooLong", ReportAttachment.CAPTION_MAX);
        }
        CompletionReport report = editable(caller, reportId);
        StoredFile file = files.store("file", fileName, content, policy(kind), caller.accountId());
        ReportAttachment attachment = new ReportAttachment(reportId, file, kind, cleanCaption, caller.accountId());
        em.persist(attachment);
        em.persist(new ReportEvent(reportId, ReportEvent.Action.ATTACHED, report.status(), report.status(),
                file.fileName(), caller.accountId()));
        em.flush();
        return attachments(reportId).stream().filter(a -> a.id() == attachment.id()).findFirst().orElseThrow();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public void detach(long reportId, long attachmentId) {
        Caller caller = currentCaller.get();
        CompletionReport report = editable(caller, reportId);
        ReportAttachment attachment = em.find(ReportAttachment.class, attachmentId);
        if (attachment == null || !attachment.reportId().equals(reportId)) {
            throw DomainException.notFound("report.attachment.notFound", attachmentId);
        }
        em.remove(attachment);
        em.persist(new ReportEvent(reportId, ReportEvent.Action.DETACHED, report.status(), report.status(),
                attachment.file().fileName(), caller.accountId()));
        em.flush();
    }

    public static FilePolicy policy(ReportAttachment.Kind kind) {
        return switch (kind) {
            case PHOTO -> PHOTO;
            case DOCUMENT -> DOCUMENT;
            case ARCHIVE_LIST -> ARCHIVE_LIST;
        };
    }

    // ---- checks -------------------------------------------------------------------------------------------------

    /**
     * What the data says before submission. BLOCKER: held sessions without a single attendance mark (the figures
     * would undercount). WARNING: targets not broken down to this unit's children, project sites in the subtree
     * without sessions in the period, a feedback response rate below the setting
     * {@code healthedu.reports.feedback-rate-percent} (default 30), fund use without a receipt (owner unit only),
     * child units whose report is not yet accepted.
     */
    public List<ReportCheck> checks(long reportId) {
        CompletionReport report = visible(currentCaller.get(), reportId);
        return runChecks(report);
    }

    private List<ReportCheck> runChecks(CompletionReport report) {
        long projectId = report.project().id();
        ReportPeriod period = report.period();
        String subtree = UnitPath.subtreePattern(report.unit().path());
        List<ReportCheck> checks = new ArrayList<>();

        Object[] held = (Object[]) em.createNativeQuery("select count(*), min(s.id)" + SESSION_IN_SUBTREE + """
                  and s.status = 'HELD' and not exists (select 1 from attendance a where a.session_id = s.id)""")
                .setParameter(1, projectId).setParameter(2, period.start()).setParameter(3, period.end())
                .setParameter(4, subtree).getSingleResult();
        long withoutRoll = ((Number) held[0]).longValue();
        if (withoutRoll > 0) {
            checks.add(new ReportCheck("HELD_WITHOUT_ATTENDANCE", ReportCheck.Severity.BLOCKER, withoutRoll, 0,
                    "/session/roll-call.xhtml?id=" + ((Number) held[1]).longValue()));
        }

        long unallocated = ((Number) em.createNativeQuery("""
                select count(*) from target t
                 where t.project_id = ?1 and exists (
                       select 1 from organisation_unit c where c.parent_id = ?2 and exists (
                              select 1 from project_site ps join site st on st.id = ps.site_id
                                join organisation_unit su on su.id = st.unit_id
                               where ps.project_id = ?1 and su.path like c.path || '%'))
                   and not exists (
                       select 1 from target_allocation ta
                         left join organisation_unit cu on cu.id = ta.unit_id left join site cs on cs.id = ta.site_id
                        where ta.target_id = t.id and (cu.parent_id = ?2 or cs.unit_id = ?2))""")
                .setParameter(1, projectId).setParameter(2, report.unit().id()).getSingleResult()).longValue();
        if (unallocated > 0) {
            checks.add(new ReportCheck("TARGET_NOT_ALLOCATED", ReportCheck.Severity.WARNING, unallocated, 0,
                    "/project/project.xhtml?id=" + projectId));
        }

        long idleSites = ((Number) em.createNativeQuery("""
                select count(*) from project_site ps join site st on st.id = ps.site_id
                  join organisation_unit su on su.id = st.unit_id
                 where ps.project_id = ?1 and su.path like ?4 and not exists (
                       select 1 from training_session s where s.project_site_id = ps.id and s.status <> 'CANCELLED'
                          and cast(s.starts_at at time zone 'Asia/Shanghai' as date) between ?2 and ?3)""")
                .setParameter(1, projectId).setParameter(2, period.start()).setParameter(3, period.end())
                .setParameter(4, subtree).getSingleResult()).longValue();
        if (idleSites > 0) {
            checks.add(new ReportCheck("SITE_WITHOUT_SESSIONS", ReportCheck.Severity.WARNING, idleSites, 0,
                    "/session/calendar.xhtml"));
        }

        Object[] feedback = (Object[]) em.createNativeQuery("with held as (select s.id" + SESSION_IN_SUBTREE
                + " and s.status = 'HELD') select (select coalesce(sum(t.present + t.late + t.walk_ins), 0) "
                + "from session_tally t join held h on h.id = t.session_id), (select count(*) from feedback_response "
                + "f join held h on h.id = f.session_id)")
                .setParameter(1, projectId).setParameter(2, period.start()).setParameter(3, period.end())
                .setParameter(4, subtree).getSingleResult();
        long contacts = ((Number) feedback[0]).longValue();
        long responses = ((Number) feedback[1]).longValue();
        int thresholdPercent = feedbackThresholdPercent();
        if (contacts > 0 && responses * 100 < contacts * thresholdPercent) {
            checks.add(new ReportCheck("LOW_FEEDBACK_RATE", ReportCheck.Severity.WARNING,
                    Math.round(responses * 100.0 / contacts), thresholdPercent, "/session/calendar.xhtml"));
        }

        if (report.reviewerUnit() == null) {
            long noReceipt = ((Number) em.createNativeQuery("""
                    select count(*) from fund_use where project_id = ?1 and spent_on between ?2 and ?3
                       and attachment_file_id is null""")
                    .setParameter(1, projectId).setParameter(2, period.start()).setParameter(3, period.end())
                    .getSingleResult()).longValue();
            if (noReceipt > 0) {
                checks.add(new ReportCheck("FUND_USE_WITHOUT_ATTACHMENT", ReportCheck.Severity.WARNING, noReceipt, 0,
                        "/project/project.xhtml?id=" + projectId));
            }
        }

        long pendingChildren = ((Number) em.createNativeQuery("""
                select count(*) from organisation_unit c
                 where c.parent_id = ?4 and exists (
                       select 1 from project_site ps join site st on st.id = ps.site_id
                         join organisation_unit su on su.id = st.unit_id
                        where ps.project_id = ?1 and su.path like c.path || '%')
                   and not exists (
                       select 1 from completion_report r where r.project_id = ?1 and r.unit_id = c.id
                          and r.period_kind = ?2 and r.period_start = ?3 and r.status = 'ACCEPTED')""")
                .setParameter(1, projectId).setParameter(2, period.kind().name()).setParameter(3, period.start())
                .setParameter(4, report.unit().id()).getSingleResult()).longValue();
        if (pendingChildren > 0) {
            checks.add(new ReportCheck("CHILD_REPORTS_PENDING", ReportCheck.Severity.WARNING, pendingChildren, 0,
                    "/reporting/completeness.xhtml?project=" + projectId + "&period=" + period.iso()));
        }
        return checks;
    }

    static int feedbackThresholdPercent() {
        return Math.min(100, Settings.number("healthedu.reports.feedback-rate-percent",
                "HEALTHEDU_REPORTS_FEEDBACK_RATE_PERCENT", 30));
    }

    // ---- workflow -----------------------------------------------------------------------------------------------

    /**
     * Sends the report to its reviewer: refused while a check is a BLOCKER; freezes the figures of now in a new
     * snapshot.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ReportView submit(long reportId, Long expectedVersion) {
        Caller caller = currentCaller.get();
        CompletionReport report = editable(caller, reportId);
        Persistence.requireVersion(report.version(), expectedVersion);
        if (runChecks(report).stream().anyMatch(ReportCheck::blocker)) {
            throw DomainException.conflict(null, "report.submit.blocked");
        }
        // Frozen from the primary, in this transaction: the reports datasource may be a replica that lags behind.
        ReportFigures figures = engine.figuresOnPrimary(report.project().id(), report.unit().id(), report.period());
        long snapshotId = ((Number) em.createNativeQuery("select nextval('report_snapshot_seq')").getSingleResult())
                .longValue();
        em.createNativeQuery("insert into report_snapshot (id, report_id, taken_by, figures) "
                + "values (?1, ?2, ?3, cast(?4 as jsonb))").setParameter(1, snapshotId).setParameter(2, reportId)
                .setParameter(3, caller.accountId()).setParameter(4, JSON.toJson(figures)).executeUpdate();
        ReportStatus from = report.status();
        report.submit(snapshotId, caller.accountId());
        em.persist(new ReportEvent(reportId, ReportEvent.Action.SUBMITTED, from, report.status(), null,
                caller.accountId()));
        em.flush();
        return view(reportId);
    }

    /** Back to the preparer with the reviewer's comment (required); editable again. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ReportView returnReport(long reportId, String comment, Long expectedVersion) {
        return review(reportId, requireComment(comment, true), expectedVersion, ReportEvent.Action.RETURNED,
                CompletionReport::returnWith);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ReportView accept(long reportId, String comment, Long expectedVersion) {
        return review(reportId, requireComment(comment, false), expectedVersion, ReportEvent.Action.ACCEPTED,
                CompletionReport::accept);
    }

    /** An accepted report back to its preparer (as RETURNED), by its reviewer only, with a comment saying why. */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ReportView reopen(long reportId, String comment, Long expectedVersion) {
        return review(reportId, requireComment(comment, true), expectedVersion, ReportEvent.Action.REOPENED,
                CompletionReport::reopen);
    }

    /** A reviewer's step: checked by the reviewer's scope and the version read, then kept as an event. */
    private ReportView review(long reportId, String comment, Long expectedVersion, ReportEvent.Action action,
            ReviewStep step) {
        Caller caller = currentCaller.get();
        CompletionReport report = reviewable(caller, reportId);
        Persistence.requireVersion(report.version(), expectedVersion);
        ReportStatus from = report.status();
        step.apply(report, comment, caller.accountId());
        em.persist(new ReportEvent(reportId, action, from, report.status(), comment, caller.accountId()));
        em.flush();
        return view(reportId);
    }

    @FunctionalInterface
    private interface ReviewStep {
        void apply(CompletionReport report, String comment, long reviewerId);
    }

    // ---- completeness and reminders -----------------------------------------------------------------------------

    /**
     * Reporting completeness of a project for a period (see {@link Completeness}), over the units the caller covers;
     * {@code depth} (null: all levels) narrows to one level of the hierarchy.
     */
    public Completeness completeness(long projectId, ReportPeriod period, Integer depth) {
        Caller caller = currentCaller.get();
        if (period == null) {
            throw DomainException.invalid("period", "report.period.invalid");
        }
        Project project = Persistence.findOrNotFound(em, Project.class, projectId, "project.notFound");
        requireReportingScope(caller, project);
        List<Completeness.UnitStatus> units = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select ou.id, ou.code, ou.name_zh, ou.name_en, ou.kind, ou.depth, r.id, r.status, r.due_on,
                       r.submitted_at
                  from organisation_unit ou
                  left join completion_report r on r.unit_id = ou.id and r.project_id = ?1 and r.period_kind = ?2
                        and r.period_start = ?3
                 where ou.path like ?4 and ou.path like ?5"""
                + (depth == null ? "" : " and ou.depth = " + depth.intValue()) + """
                   and (ou.id = ?6 or exists (
                       select 1 from project_site ps join site st on st.id = ps.site_id
                         join organisation_unit su on su.id = st.unit_id
                        where ps.project_id = ?1 and su.path like ou.path || '%'))
                 order by ou.depth, ou.path""")
                .setParameter(1, projectId).setParameter(2, period.kind().name()).setParameter(3, period.start())
                .setParameter(4, UnitPath.subtreePattern(project.owner().path()))
                .setParameter(5, caller.scopePattern())
                .setParameter(6, project.owner().id()).getResultList()) {
            Object[] r = (Object[]) row;
            ReportStatus status = r[7] == null ? null : ReportStatus.valueOf((String) r[7]);
            LocalDate dueOn = r[8] == null ? null : toDate(r[8]);
            Instant submittedAt = r[9] == null ? null : toInstant(r[9]);
            boolean submitted = status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
            boolean onTime = submitted && submittedAt != null
                    && (dueOn == null || !submittedAt.atZone(CHINA).toLocalDate().isAfter(dueOn));
            units.add(new Completeness.UnitStatus(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                    r[6] == null ? null : ((Number) r[6]).longValue(), status, dueOn, submittedAt, onTime));
        }
        Map<Integer, long[]> counts = new LinkedHashMap<>();
        Map<Integer, String> kinds = new HashMap<>();
        for (Completeness.UnitStatus u : units) {
            long[] c = counts.computeIfAbsent(u.depth(), d -> new long[4]);
            kinds.putIfAbsent(u.depth(), u.kind());
            c[0]++;
            if (u.status() == ReportStatus.SUBMITTED || u.status() == ReportStatus.ACCEPTED) {
                c[1]++;
            }
            if (u.onTime()) {
                c[2]++;
            }
            if (u.status() == ReportStatus.ACCEPTED) {
                c[3]++;
            }
        }
        List<Completeness.Level> levels = new ArrayList<>();
        counts.forEach((d, c) -> levels.add(new Completeness.Level(d, kinds.get(d), c[0], c[1], c[2], c[3])));
        return new Completeness(projectId, period, levels, units);
    }

    /** The caller's unit's reports due within {@value #REMINDER_DAYS} days or overdue, and those awaiting review. */
    public ReportReminders reminders() {
        Caller caller = currentCaller.get();
        if (caller.role() == Role.OBSERVER) {
            return new ReportReminders(List.of(), List.of());
        }
        LocalDate today = LocalDate.now(CHINA);
        List<ReportView> due = em.createQuery(VIEW + """
                 where u.id = :unit and r.status in :open and r.dueOn <= :limit order by r.dueOn, r.id""",
                ReportView.class).setParameter("unit", caller.unitId())
                .setParameter("open", List.of(ReportStatus.DRAFT, ReportStatus.RETURNED))
                .setParameter("limit", today.plusDays(REMINDER_DAYS)).setMaxResults(REMINDER_LIMIT).getResultList();
        List<ReportView> toReview = em.createQuery(VIEW + """
                 where""" + " " + REVIEWED_BY_MY_UNIT + """
                   and r.status = :submitted order by r.submittedAt, r.id""", ReportView.class)
                .setParameter("myUnit", caller.unitId()).setParameter("submitted", ReportStatus.SUBMITTED)
                .setMaxResults(REMINDER_LIMIT).getResultList();
        return new ReportReminders(due, toReview);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private ReportFigures frozenFigures(long snapshotId) {
        ReportSnapshot snapshot = Persistence.findOrNotFound(em, ReportSnapshot.class, snapshotId,
                "report.snapshot.notFound");
        return JSON.fromJson(snapshot.figures(), ReportFigures.class);
    }

    private List<ReportDocument.Event> events(long reportId) {
        List<ReportDocument.Event> events = new ArrayList<>();
        for (Object[] r : em.createQuery("""
                select e.action, e.fromStatus, e.toStatus, e.comment, a.displayName, e.happenedAt
                from ReportEvent e left join Account a on a.id = e.actorId
                where e.reportId = :id order by e.happenedAt, e.id""", Object[].class)
                .setParameter("id", reportId).getResultList()) {
            events.add(new ReportDocument.Event(((ReportEvent.Action) r[0]).name(), (ReportStatus) r[1],
                    (ReportStatus) r[2], (String) r[3], (String) r[4], (Instant) r[5]));
        }
        return events;
    }

    /** One EDITED event per stretch of editing by one person, not one per keystroke save. */
    private void recordEditOnce(CompletionReport report, Caller caller) {
        List<Object[]> last = em.createQuery("""
                select e.action, e.actorId from ReportEvent e where e.reportId = :id
                order by e.happenedAt desc, e.id desc""", Object[].class).setParameter("id", report.id())
                .setMaxResults(1).getResultList();
        boolean same = !last.isEmpty() && last.get(0)[0] == ReportEvent.Action.EDITED
                && ((Long) last.get(0)[1]) == caller.accountId();
        if (!same) {
            em.persist(new ReportEvent(report.id(), ReportEvent.Action.EDITED, report.status(), report.status(), null,
                    caller.accountId()));
        }
    }

    private static String requireComment(String comment, boolean required) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (required && text == null) {
            throw DomainException.invalid("comment", "report.comment.required");
        }
        if (text != null && text.length() > CompletionReport.COMMENT_MAX) {
            throw DomainException.invalid("comment", "report.comment.tooLong", CompletionReport.COMMENT_MAX);
        }
        return text;
    }

    /**
     * The projects the caller may report on or follow: owned in their scope, or with project sites in it (a county
     * coordinator reports on a city's project through its sites), latest start first.
     */
    public List<ProjectChoice> reportableProjects() {
        Caller caller = currentCaller.get();
        List<ProjectChoice> choices = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select p.id, p.code, p.name_zh from project p join organisation_unit o on o.id = p.owner_unit_id
                 where o.path like ?1 or exists (
                       select 1 from project_site ps join site st on st.id = ps.site_id
                         join organisation_unit su on su.id = st.unit_id
                        where ps.project_id = p.id and su.path like ?1)
                 order by p.start_date desc, p.id desc""").setParameter(1, caller.scopePattern())
                .setMaxResults(500).getResultList()) {
            Object[] r = (Object[]) row;
            choices.add(new ProjectChoice(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
        }
        return choices;
    }

    /** Whoever sees the project, or has some of its sites in their scope. */
    private void requireReportingScope(Caller caller, Project project) {
        if (!ProjectAccess.canReport(em, caller, project)) {
            throw DomainException.forbidden();
        }
    }

    private boolean hasProjectSites(Project project, OrganisationUnit unit) {
        return ProjectAccess.hasSitesUnder(em, project, unit.path());
    }

    private static boolean mayPrepare(Caller caller, CompletionReport report) {
        return caller.canManage(report.unit().path());
    }

    /**
     * A coordinator covering the reviewer unit (the funder for the owner's report), or an admin; never from the
     * reporting unit itself.
     */
    private static boolean mayReview(Caller caller, CompletionReport report) {
        OrganisationUnit reviewer = report.reviewerUnit();
        String path = reviewer != null ? reviewer.path() : report.project().funder().path();
        if (caller.isAdmin()) {
            return true;
        }
        return caller.role() == Role.COORDINATOR && caller.covers(path) && caller.unitId() != report.unit().id();
    }

    private CompletionReport visible(Caller caller, long reportId) {
        CompletionReport report = Persistence.findOrNotFound(em, CompletionReport.class, reportId,
                "report.notFound");
        if (!caller.covers(report.unit().path())) {
            throw DomainException.forbidden();
        }
        return report;
    }

    private CompletionReport editable(Caller caller, long reportId) {
        CompletionReport report = visible(caller, reportId);
        if (!mayPrepare(caller, report)) {
            throw DomainException.forbidden();
        }
        if (!report.status().editable()) {
            throw DomainException.conflict("status", "report.notEditable", report.status().name());
        }
        return report;
    }

    private CompletionReport reviewable(Caller caller, long reportId) {
        CompletionReport report = Persistence.findOrNotFound(em, CompletionReport.class, reportId,
                "report.notFound");
        if (!mayReview(caller, report)) {
            throw DomainException.forbidden();
        }
        return report;
    }

    private OrganisationUnit unit(long unitId) {
        return Persistence.findOrNotFound(em, OrganisationUnit.class, unitId, "unit.notFound");
    }

    private ReportView view(long id) {
        return em.createQuery(VIEW + " where r.id = :id", ReportView.class).setParameter("id", id).getSingleResult();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        return SqlValues.instant(value);
    }
}
