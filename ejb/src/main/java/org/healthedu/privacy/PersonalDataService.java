package org.healthedu.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import javax.sql.DataSource;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;
import org.healthedu.enrolment.Participant;
import org.healthedu.file.FileContent;
import org.healthedu.file.FileStore;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;
import org.healthedu.shared.Text;

/**
 * A participant's rights over their data (PIPL arts. 45 and 47, the CAC children's provisions): an export of
 * everything held (JSON or a readable PDF) and erasure on request. Only an admin or a coordinator whose scope covers
 * the participant's unit; both are audited (the audit row names the participant's id, never their data). Both walk
 * {@link PersonalDataRegistry}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class PersonalDataService {

    public static final int REASON_MAX = 200;
    /** The most files one erasure request may name. */
    public static final int MAX_FILES = 500;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditLog auditLog;

    @Inject
    private FileStore fileStore;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    /** Everything held about the participant, table by table. */
    public PersonalDataExport export(long id) {
        Caller caller = currentCaller.get();
        Participant participant = inScope(caller, id);
        PersonalDataExport export = read(participant);
        auditLog.record(audit(AuditKind.PERSONAL_DATA_EXPORTED, caller, participant).detail("format", "json"));
        return export;
    }

    /** The same as a readable PDF, in Chinese or English. */
    public FileContent exportPdf(long id, boolean english) {
        Caller caller = currentCaller.get();
        Participant participant = inScope(caller, id);
        PersonalDataExport export = read(participant);
        byte[] pdf = PersonalDataPdf.render(export, PrivacyLabels.of(english));
        auditLog.record(audit(AuditKind.PERSONAL_DATA_EXPORTED, caller, participant)
                .detail("format", english ? "pdf-en" : "pdf-zh"));
        return new FileContent("personal-data-" + id + ".pdf", "application/pdf", pdf);
    }

    /**
     * Erases the participant's personal fields everywhere the registry declares them; their rows stay (counts) and
     * they are called "已删除 #id" from then on. A second erasure is a harmless no-op ({@link ErasureResult}). Uploaded
     * files that may show the person are tied to activities and reports, not to them, so only those the request names
     * (each one the export lists) lose their content; any other id refuses the whole request.
     */
    public ErasureResult erase(long id, ErasureRequest request) {
        Caller caller = currentCaller.get();
        Participant participant = Persistence.lockOrNotFound(em, Participant.class, id, "participant.notFound");
        caller.requireCanManage(participant.unit());
        String reason = Text.required("reason", request == null ? null : request.reason(), REASON_MAX);
        Set<Long> files = filesNamed(request.files(), filesThatMayShow(id, false));
        boolean already = participant.isAnonymised();
        String unitPath = participant.unit().path();
        PersonalDataEraser.erase(em, List.of(id));
        int filesRemoved = fileStore.removeContent(files, FileStore.RemovalReason.ERASURE);
        Instant erasedAt = Instant.now();
        auditLog.record(AuditEntry.of(AuditKind.PERSONAL_DATA_ERASED).actor(caller.accountId(), caller.username())
                .unit(unitPath).target("participant", id).detail("reason", reason).detail("alreadyErased", already)
                .detail("filesRemoved", filesRemoved));
        return new ErasureResult(id, PersonalDataEraser.placeholder(id), already, erasedAt, filesRemoved,
                filesThatMayShow(id, true).size());
    }

    /** The files an erasure request names, each of which must be one the export lists for the person. */
    private static Set<Long> filesNamed(List<Long> named, Set<Long> listed) {
        if (named == null || named.isEmpty()) {
            return Set.of();
        }
        if (named.size() > MAX_FILES) {
            throw DomainException.invalid("files", "privacy.erasure.tooManyFiles", MAX_FILES);
        }
        Set<Long> files = new LinkedHashSet<>();
        for (Long file : named) {
            if (file == null || !listed.contains(file)) {
                throw DomainException.invalid("files", "privacy.erasure.fileNotListed", String.valueOf(file));
            }
            files.add(file);
        }
        return files;
    }

    /** The ids of the files that may show the participant ({@code keptOnly}: those whose content is still there). */
    private Set<Long> filesThatMayShow(long id, boolean keptOnly) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select f.id from stored_file f where f.id in (select x.file_id from ("
                + PersonalDataRegistry.FILES_THAT_MAY_SHOW + ") x)"
                + (keptOnly ? " and f.content_removed_at is null" : ""))
                .setParameter("ids", List.of(id)).getResultList();
        Set<Long> files = new LinkedHashSet<>();
        ids.forEach(n -> files.add(n.longValue()));
        return files;
    }

    private Participant inScope(Caller caller, long id) {
        Participant participant = Persistence.findOrNotFound(em, Participant.class, id, "participant.notFound");
        caller.requireCanManage(participant.unit());
        return participant;
    }

    private AuditEntry audit(AuditKind kind, Caller caller, Participant participant) {
        return AuditEntry.of(kind).actor(caller.accountId(), caller.username()).unit(participant.unit().path())
                .target("participant", participant.id());
    }

    private PersonalDataExport read(Participant participant) {
        long id = participant.id();
        em.flush();
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (PersonalTable table : PersonalDataRegistry.participantTables()) {
                tables.put(table.table(), rows(connection, table.exportSql(), id));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the personal data of participant " + id, e);
        }
        String label = participant.isAnonymised() ? PersonalDataEraser.placeholder(id) : participant.displayName();
        return new PersonalDataExport(id, label, participant.isAnonymised(), Instant.now(), tables);
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, long id) throws SQLException {
        String jdbc = sql.replace("(:ids)", "(?)");
        try (PreparedStatement statement = connection.prepareStatement(jdbc)) {
            int parameters = statement.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                statement.setLong(i, id);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), plain(rs.getObject(c)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** Values as JSON shows them: numbers and booleans as they are, times and dates as ISO text. */
    static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        return value.toString();
    }
}
