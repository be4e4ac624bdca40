package org.healthedu.attendance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthedu.enrolment.Participant;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.tabular.RowError;
import org.healthedu.shared.tabular.TabularColumn;
import org.healthedu.shared.tabular.TabularFile;
import org.healthedu.shared.tabular.TabularReader;
import org.healthedu.shared.tabular.TabularRow;

/**
 * Reads an uploaded attendance sheet (the paper sign-in sheet typed up, CSV or XLSX, through the shared
 * {@link TabularReader}) and matches it to a roll call: each row names a person of the roll call (by name, as names
 * are compared: lower case, no spaces) and a status, in Chinese (出勤, 迟到, 请假, 缺勤) or English, with an optional
 * note. Every row is checked on its own; nothing here touches the database.
 */
public final class AttendanceImport {

    public static final int MAX_ROWS = 2_000;
    public static final int MAX_MIB = 2;

    private static final TabularReader READER = new TabularReader(MAX_ROWS, MAX_MIB);

    private static final Map<String, AttendanceStatus> STATUSES = new HashMap<>();

    static {
        words(AttendanceStatus.PRESENT, "present", "p", "出勤", "到", "已到", "出席", "签到", "已签到", "√", "✓");
        words(AttendanceStatus.LATE, "late", "l", "迟到");
        words(AttendanceStatus.EXCUSED, "excused", "e", "请假", "已请假", "事假", "病假");
        words(AttendanceStatus.ABSENT, "absent", "a", "缺勤", "缺席", "未到", "旷课");
    }

    private static void words(AttendanceStatus status, String... texts) {
        for (String text : texts) {
            STATUSES.put(text, status);
        }
    }

    enum Column implements TabularColumn {
        NAME("name", true, "name", "display name", "participant", "姓名", "学员姓名", "名字", "家长姓名", "学生姓名"),
        STATUS("status", true, "status", "attendance", "mark", "考勤", "考勤状态", "出勤情况", "出勤", "状态", "签到情况"),
        NOTE("note", false, "note", "remark", "remarks", "comment", "备注", "说明");

        private final Spec spec;

        Column(String header, boolean required, String... names) {
            this.spec = new Spec(header, required, names);
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    /** A row as read: its line, name, status and note as written. */
    public record Row(int line, String name, String status, String note) {
    }

    /** A row checked: the person and status it was understood as (null when not), and what is wrong with it. */
    public record RowResult(Row row, Long participantId, AttendanceStatus status, List<RowError> errors) {

        public RowResult {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Every row with its errors; applied only when no row has any (all or nothing). */
    public record Preview(List<RowResult> rows, int errorRows) {

        public Preview {
            rows = List.copyOf(rows);
        }

        public boolean canApply() {
            return !rows.isEmpty() && errorRows == 0;
        }

        /** The marks the file sets, over whatever each person has now ({@code versions}: their rows' versions). */
        public List<MarkEntry> entries(Map<Long, Long> versions) {
            return rows.stream().map(r -> new MarkEntry(r.participantId(), r.status(), r.row().note(),
                    versions.get(r.participantId()))).toList();
        }
    }

    private AttendanceImport() {
    }

    public static List<Row> parse(String filename, byte[] content) {
        TabularFile<Column> file = READER.read(filename, content, Column.class);
        List<Row> rows = new ArrayList<>(file.rows().size());
        for (TabularRow r : file.rows()) {
            rows.add(new Row(r.line(), file.cell(r, Column.NAME), file.cell(r, Column.STATUS),
                    file.cell(r, Column.NOTE)));
        }
        return rows;
    }

    /** The status a cell means, or null: enum names and Chinese words, any case, P/L/E/A. */
    public static AttendanceStatus status(String text) {
        if (text == null) {
            return null;
        }
        return STATUSES.get(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Checks each row against the people of the roll call. */
    public static Preview check(List<Row> rows, List<RollCallEntry> people) {
        Map<String, List<RollCallEntry>> byName = new HashMap<>();
        for (RollCallEntry person : people) {
            if (person.displayName() != null) {
                byName.computeIfAbsent(Participant.nameKey(person.displayName()), k -> new ArrayList<>())
                        .add(person);
            }
        }
        Map<Long, Integer> seenOnLine = new HashMap<>();
        List<RowResult> results = new ArrayList<>(rows.size());
        int errorRows = 0;
        for (Row row : rows) {
            List<RowError> errors = new ArrayList<>();
            Long participantId = null;
            if (row.name() == null) {
                errors.add(RowError.of("name", "error.required"));
            } else {
                List<RollCallEntry> matches = byName.getOrDefault(Participant.nameKey(row.name()), List.of());
                if (matches.isEmpty()) {
                    errors.add(RowError.of("name", "rollcall.import.unknownName", row.name()));
                } else if (matches.size() > 1) {
                    errors.add(RowError.of("name", "rollcall.import.ambiguousName", row.name(), matches.size()));
                } else {
                    participantId = matches.get(0).participantId();
                    Integer first = seenOnLine.putIfAbsent(participantId, row.line());
                    if (first != null) {
                        errors.add(RowError.of("name", "rollcall.import.duplicate", first));
                    }
                }
            }
            AttendanceStatus status = status(row.status());
            if (row.status() == null) {
                errors.add(RowError.of("status", "error.required"));
            } else if (status == null) {
                errors.add(RowError.of("status", "rollcall.import.badStatus", row.status()));
            }
            try {
                Text.optional("note", row.note(), Attendance.NOTE_MAX);
            } catch (DomainException e) {
                errors.add(RowError.of(e));
            }
            if (!errors.isEmpty()) {
                errorRows++;
            }
            results.add(new RowResult(row, participantId, status, errors));
        }
        return new Preview(results, errorRows);
    }
}
