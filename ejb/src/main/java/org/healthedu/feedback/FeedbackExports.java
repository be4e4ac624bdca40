package org.healthedu.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.feedback.FeedbackFigures.Results;
import org.healthedu.feedback.FeedbackFigures.TextAnswers;
import org.healthedu.file.FileContent;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.SessionTime;

/**
 * Exports of feedback, never with identities: responses as CSV (UTF-8 with a byte order mark, so Excel reads the
 * Chinese) or XLSX, one row per response with the session's site, batch, lesson and day and a column per question
 * (choice labels, numbers, texts) — no participant, respondent key or submission key, no submission time; and a
 * one-page PDF summary of a session. The small-cell rule holds here too: for viewers above a session's trainers, the
 * responses of sessions with fewer than the threshold are left out, and the PDF shows "too few responses". Three
 * queries for the rows (questions, responses, answers) plus one for the choices' labels.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class FeedbackExports {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String RESPONSES = """
            with %s,
            counts as (
                select r.session_id, count(*) as n from feedback_response r
                 where r.session_id in (select id from sel) group by r.session_id
            )
            select r.id, st.name_zh, s.batch_name, s.position, s.title_zh, ts.starts_at
              from feedback_response r join sel s on s.id = r.session_id join counts c on c.session_id = s.id
                   join training_session ts on ts.id = s.id join project_site ps on ps.id = ts.project_site_id
                   join site st on st.id = ps.site_id
             where s.own or c.n >= :minCell
             order by ts.starts_at, s.id, r.id
            """.formatted(Selection.SQL);

    private static final String ANSWERS = """
            with %s,
            counts as (
                select r.session_id, count(*) as n from feedback_response r
                 where r.session_id in (select id from sel) group by r.session_id
            )
            select a.response_id, q.lineage_id, a.number_value, c.position, a.text_value
              from feedback_answer a join feedback_response r on r.id = a.response_id
                   join sel s on s.id = r.session_id join counts n on n.session_id = s.id
                   join feedback_question q on q.id = a.question_id
                   left join feedback_choice c on c.id = a.choice_id
             where s.own or n.n >= :minCell
             order by a.response_id, q.lineage_id, c.position
            """.formatted(Selection.SQL);

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @Inject
    private FeedbackResults results;

    @PersistenceContext
    private EntityManager em;

    /** A session's responses; {@code labels} are the column names in the reader's language. */
    public FileContent sessionResponses(long sessionId, boolean xlsx, Map<String, String> labels, boolean english) {
        Selection selection = Selection.ofSession(em, access, currentCaller.get(), sessionId);
        return file(table(selection, labels, english), xlsx, "feedback-session-" + sessionId);
    }

    /** A project's responses within the caller's scope, narrowed as its results are. */
    public FileContent projectResponses(long projectId, Long siteId, Long batchId, Integer lesson, Long trainerId,
            boolean xlsx, Map<String, String> labels, boolean english) {
        Selection selection = Selection.ofProject(em, currentCaller.get(), projectId, siteId, batchId, lesson,
                trainerId);
        return file(table(selection, labels, english), xlsx, "feedback-" + selection.project().code());
    }

    /** A one-page PDF summary of a session's results ({@code labels}: the words in the reader's language). */
    public FileContent summaryPdf(long sessionId, Map<String, String> labels, boolean english) {
        Results figures = results.session(sessionId);
        TextAnswers texts = results.answers(sessionId, null, 0);
        String name = MessageFormat.format(FeedbackSummaryPdf.label(labels, "feedback.results.pdf.fileName"),
                String.valueOf(figures.session().lessonPosition()),
                figures.session().startsAt().toLocalDate().toString()) + ".pdf";
        return new FileContent(name, "application/pdf", FeedbackSummaryPdf.render(figures, texts, labels, english));
    }

    // --- the table ----------------------------------------------------------------------------------------------

    private List<List<String>> table(Selection selection, Map<String, String> labels, boolean english) {
        int minCell = FeedbackResultSettings.current().minCell();
        List<Object[]> questions = new ArrayList<>(rows(selection, FeedbackResults.QUESTIONS, null));
        questions.sort(Comparator.<Object[]>comparingLong(q -> FeedbackResults.num(q[6]))
                .thenComparingLong(q -> FeedbackResults.num(q[7])).thenComparingLong(q -> FeedbackResults.num(q[8])));
        Map<String, String> choiceLabels = new HashMap<>();
        if (!questions.isEmpty()) {
            for (Object[] c : rows(selection, FeedbackResults.CHOICES, null)) {
                String label = english && c[3] != null ? (String) c[3] : (String) c[2];
                choiceLabels.put(FeedbackResults.num(c[0]) + ":" + FeedbackResults.num(c[1]), label);
            }
        }
        Map<Long, Integer> columnOf = new HashMap<>();
        List<String> header = new ArrayList<>(List.of(label(labels, "feedback.results.export.number"),
                label(labels, "feedback.results.export.site"), label(labels, "feedback.results.export.batch"),
                label(labels, "feedback.results.export.lesson"), label(labels, "feedback.results.export.lessonTitle"),
                label(labels, "feedback.results.export.day")));
        int fixed = header.size();
        for (Object[] q : questions) {
            columnOf.put(FeedbackResults.num(q[0]), header.size());
            header.add(english && q[5] != null ? (String) q[5] : (String) q[4]);
        }
        Map<Long, List<String>> byResponse = new LinkedHashMap<>();
        int number = 0;
        for (Object[] r : rows(selection, RESPONSES, minCell)) {
            number++;
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(number));
            row.add((String) r[1]);
            row.add((String) r[2]);
            row.add(String.valueOf(FeedbackResults.num(r[3])));
            row.add((String) r[4]);
            row.add(SessionTime.date(FeedbackResults.instant(r[5])).toString());
            for (int i = fixed; i < header.size(); i++) {
                row.add("");
            }
            byResponse.put(FeedbackResults.num(r[0]), row);
        }
        if (!byResponse.isEmpty()) {
            for (Object[] a : rows(selection, ANSWERS, minCell)) {
                List<String> row = byResponse.get(FeedbackResults.num(a[0]));
                Integer column = columnOf.get(FeedbackResults.num(a[1]));
                if (row == null || column == null) {
                    continue;
                }
                String value;
                if (a[2] != null) {
                    value = String.valueOf(FeedbackResults.num(a[2]));
                } else if (a[3] != null) {
                    value = choiceLabels.getOrDefault(FeedbackResults.num(a[1]) + ":" + FeedbackResults.num(a[3]),
                            String.valueOf(FeedbackResults.num(a[3])));
                } else {
                    value = (String) a[4];
                }
                String before = row.get(column);
                row.set(column, before.isEmpty() ? value : before + "；" + value);
            }
        }
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        table.addAll(byResponse.values());
        return table;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Selection selection, String sql, Integer minCell) {
        var query = selection.bind(em.createNativeQuery(sql));
        if (minCell != null) {
            query.setParameter("minCell", minCell);
        }
        return query.getResultList();
    }

    private static FileContent file(List<List<String>> table, boolean xlsx, String name) {
        return xlsx ? new FileContent(name + ".xlsx", XLSX_TYPE, xlsx(table))
                : new FileContent(name + ".csv", CSV_TYPE, csv(table));
    }

    static byte[] csv(List<List<String>> table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            for (List<String> row : table) {
                printer.printRecord(row.stream().map(FeedbackExports::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<List<String>> table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("feedback");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = table.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    var cell = row.createCell(c);
                    if (r > 0 && !value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 9) {
                        cell.setCellValue(Integer.parseInt(value));
                    } else {
                        cell.setCellValue(value);
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text a spreadsheet would take for a formula (=, +, -, @) is prefixed with an apostrophe (CSV injection). */
    static String defused(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String label(Map<String, String> labels, String key) {
        return labels.getOrDefault(key, key);
    }
}
