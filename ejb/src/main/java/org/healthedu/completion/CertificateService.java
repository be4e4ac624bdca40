package org.healthedu.completion;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.healthedu.account.Role;
import org.healthedu.enrolment.Batch;
import org.healthedu.file.FileContent;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.pdf.PdfFonts;

/**
 * Completion certificates (结业证书): one A4 landscape page per participant who completed, bilingual (Chinese first),
 * naming the project, the participant, the lessons attended, the issuing unit (the project's owner), the date (of
 * the last lesson attended, so the same certificate comes out every time) and a number made of the project code,
 * the batch number and the participant's id. Who may read them: as for {@link CompletionService#batch}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class CertificateService {

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);
    private static final Color INK = new Color(0x1f, 0x3a, 0x5f);

    @Inject
    private CompletionService completion;

    /** Every completed participant's certificate of the batch, one page each; 409 when nobody has completed yet. */
    public FileContent batch(long batchId) {
        Batch batch = completion.readableBatch(batchId);
        BatchCompletion figures = completion.compute(batch, 0);
        List<CompletionView> done = figures.participants().stream()
                .filter(p -> p.completed() && p.displayName() != null).toList();
        if (done.isEmpty()) {
            throw DomainException.conflict(null, "certificate.noneCompleted", batch.name());
        }
        return new FileContent(batch.project().code() + "-" + batch.number() + "-certificates.pdf", "application/pdf",
                render(batch, done));
    }

    /** One participant's certificate; 409 when they have not completed (naming what they attended of what). */
    public FileContent participant(long batchId, long participantId) {
        Batch batch = completion.readableBatch(batchId);
        BatchCompletion figures = completion.compute(batch, participantId);
        if (figures.participants().isEmpty()) {
            throw DomainException.notFound("certificate.notInBatch");
        }
        CompletionView person = figures.participants().get(0);
        if (!person.completed() || person.displayName() == null) {
            throw DomainException.conflict(null, "certificate.notCompleted", person.attended(), person.required());
        }
        return new FileContent(number(batch, participantId) + ".pdf", "application/pdf", render(batch, List.of(person)));
    }

    static String number(Batch batch, long participantId) {
        return "%s-%d-%06d".formatted(batch.project().code(), batch.number(), participantId);
    }

    private static byte[] render(Batch batch, List<CompletionView> people) {
        Project project = batch.project();
        OrganisationUnit owner = project.owner();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("结业证书 Certificate of Completion");
            document.open();
            BaseFont base = PdfFonts.base();
            Font title = PdfFonts.bold(base, 30);
            title.setColor(INK);
            Font subtitle = PdfFonts.font(base, 14);
            subtitle.setColor(INK);
            Font name = PdfFonts.bold(base, 26);
            Font body = PdfFonts.font(base, 12);
            Font small = PdfFonts.font(base, 10);
            boolean first = true;
            for (CompletionView person : people) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                frame(writer.getDirectContent(), document);
                document.add(centred("结业证书", title, 4));
                document.add(centred("Certificate of Completion", subtitle, 22));
                document.add(centred(person.displayName(), name, 14));
                String projectEn = project.nameEn() == null ? project.nameZh() : project.nameEn();
                document.add(centred("参加" + project.nameZh() + "（" + batch.name() + "），出勤 " + person.attended()
                        + " / " + person.lessons() + " 课，达到结业要求，特发此证。", body, 4));
                document.add(centred("has attended " + person.attended() + " of " + person.lessons()
                        + " lessons of " + projectEn + " and has completed the training.", body, 14));
                document.add(centred("已参加课程 Lessons attended", small, 4));
                for (AttendedLesson lesson : person.attendedLessons()) {
                    String en = lesson.titleEn() == null ? "" : "  " + lesson.titleEn();
                    document.add(centred(lesson.position() + ". " + lesson.titleZh() + en, small, 1));
                }
                java.time.LocalDate date = person.attendedLessons().stream().map(AttendedLesson::date)
                        .max(java.util.Comparator.naturalOrder()).orElse(java.time.LocalDate.now());
                Paragraph issuer = new Paragraph(18, "颁发单位 Issued by：" + owner.nameZh()
                        + (owner.nameEn() == null ? "" : " (" + owner.nameEn() + ")"), body);
                issuer.setAlignment(Element.ALIGN_RIGHT);
                issuer.setSpacingBefore(18);
                document.add(issuer);
                Paragraph when = new Paragraph(18, ZH_DATE.format(date) + "  " + EN_DATE.format(date), body);
                when.setAlignment(Element.ALIGN_RIGHT);
                document.add(when);
                Paragraph number = new Paragraph(16, "证书编号 Certificate No. " + number(batch, person.participantId()),
                        small);
                number.setAlignment(Element.ALIGN_RIGHT);
                document.add(number);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate could not be written", e);
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(font.getSize() * 1.35f, text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static void frame(PdfContentByte canvas, Document document) {
        canvas.saveState();
        canvas.setColorStroke(INK);
        canvas.setLineWidth(3f);
        canvas.rectangle(25, 25, document.getPageSize().getWidth() - 50, document.getPageSize().getHeight() - 50);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(33, 33, document.getPageSize().getWidth() - 66, document.getPageSize().getHeight() - 66);
        canvas.stroke();
        canvas.restoreState();
    }
}
