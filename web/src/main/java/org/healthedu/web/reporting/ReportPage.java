package org.healthedu.web.reporting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthedu.reporting.ChildReport;
import org.healthedu.reporting.Measure;
import org.healthedu.reporting.ReportAttachment;
import org.healthedu.reporting.ReportAttachmentView;
import org.healthedu.reporting.ReportCheck;
import org.healthedu.reporting.ReportDocument;
import org.healthedu.reporting.ReportPdf;
import org.healthedu.reporting.ReportRights;
import org.healthedu.reporting.ReportSectionView;
import org.healthedu.reporting.ReportService;
import org.healthedu.reporting.ReportView;
import org.healthedu.reporting.ReportWorkbook;
import org.healthedu.reporting.SectionKind;
import org.healthedu.reporting.ReportFigures;
import org.healthedu.reporting.UnitFigures;
import org.healthedu.shared.DomainException;
import org.healthedu.web.api.ReportResource;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.PageDownloads;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One completion report: header and status, figures and targets (frozen once submitted), what changed since, the
 * narrative, attachments, data checks with links to fix them, the workflow steps and the history.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The workflow steps that ask for a comment. */
    public enum Step { RETURN, ACCEPT, REOPEN }

    @Inject
    private ReportService reports;

    @Inject
    private ReportPdf pdf;

    @Inject
    private ReportWorkbook workbook;

    private Long id;
    private ReportView report;
    private ReportRights rights;
    private ReportDocument document;
    private List<ReportCheck> checks = List.of();
    private List<ReportAttachmentView> attachments = List.of();
    private List<ChildReport> children = List.of();
    private final Map<SectionKind, String> bodies = new EnumMap<>(SectionKind.class);
    private final Map<SectionKind, String> saved = new EnumMap<>(SectionKind.class);
    private final Map<SectionKind, Long> versions = new EnumMap<>(SectionKind.class);
    private ReportAttachment.Kind attachKind = ReportAttachment.Kind.PHOTO;
    private String attachCaption;
    private Step step;
    private String comment;

    /**
     * One measure's row: its total and the value of each child, in the order of {@link #getChildColumns()}; a value is a
     * number, or the "<5" text of a small cell hidden above the site.
     */
    public record FigureRow(String measure, Object total, List<Object> children) implements Serializable {
    }

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            FacesMessages.errorText("report.notFound");
            return;
        }
        try {
            refresh();
        } catch (DomainException e) {
            report = null;
            FacesMessages.error(e, null);
        }
    }

    private void refresh() {
        report = reports.report(id);
        rights = reports.rights(id);
        document = reports.document(id);
        checks = rights.submit() ? reports.checks(id) : List.of();
        attachments = reports.attachments(id);
        children = reports.childReports(id);
        for (ReportSectionView section : reports.sections(id)) {
            bodies.put(section.kind(), section.body());
            saved.put(section.kind(), section.body());
            versions.put(section.kind(), section.version());
        }
    }

    public void saveSections() {
        try {
            for (SectionKind kind : SectionKind.values()) {
                String body = bodies.get(kind) == null ? "" : bodies.get(kind);
                if (!body.strip().equals(saved.get(kind))) {
                    ReportSectionView written = reports.writeSection(id, kind, body, versions.get(kind));
                    saved.put(kind, written.body());
                    versions.put(kind, written.version());
                }
            }
            FacesMessages.info("report.done.saved");
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, "reportForm:");
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            reports.attach(id, attachKind, attachCaption, event.getFile().getFileName(), event.getFile().getContent());
            attachCaption = null;
            attachments = reports.attachments(id);
            FacesMessages.info("report.done.attached");
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void detach(ReportAttachmentView attachment) {
        try {
            reports.detach(id, attachment.id());
            attachments = reports.attachments(id);
            FacesMessages.info("report.done.removed");
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public StreamedContent download(ReportAttachmentView attachment) {
        return PageDownloads.streamedOrMessage(() -> reports.attachmentFile(id, attachment.fileId()));
    }

    public void submit() {
        try {
            reports.submit(id, report.version());
            FacesMessages.info("report.done.submitted");
            refresh();
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    /** Opens the comment dialog for a review step. */
    public void prepare(Step chosen) {
        step = chosen;
        comment = null;
    }

    public void confirm() {
        try {
            switch (step) {
                case RETURN -> reports.returnReport(id, comment, report.version());
                case ACCEPT -> reports.accept(id, comment, report.version());
                case REOPEN -> reports.reopen(id, comment, report.version());
                default -> throw new IllegalStateException();
            }
            FacesMessages.info(switch (step) {
                case RETURN -> "report.done.returned";
                case ACCEPT -> "report.done.accepted";
                case REOPEN -> "report.done.reopened";
            });
            refresh();
            PrimeFaces.current().executeScript("PF('stepDialog').hide()");
        } catch (DomainException e) {
            FacesMessages.error(e, "stepForm:");
        }
    }

    public StreamedContent getPdf() {
        return export("application/pdf", "pdf", true);
    }

    public StreamedContent getXlsx() {
        return export("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false);
    }

    private StreamedContent export(String contentType, String extension, boolean asPdf) {
        ReportDocument doc = reports.document(id);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        byte[] bytes;
        try {
            bytes = asPdf ? pdf.render(doc, locale) : workbook.render(doc, locale);
        } catch (UnsupportedOperationException e) {
            // the export is not available in this build: say so rather than fail the page
            FacesMessages.errorText("report.export.unavailable");
            return null;
        }
        return DefaultStreamedContent.builder().name(ReportResource.name(doc, extension)).contentType(contentType)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** The measures present in the figures, in the order of {@link Measure}. */
    public List<FigureRow> getFigureRows() {
        List<FigureRow> rows = new ArrayList<>();
        if (document == null || document.figures() == null) {
            return rows;
        }
        UnitFigures total = document.figures().total();
        List<UnitFigures> kids = getChildColumns();
        for (Measure measure : Measure.values()) {
            Object t = shown(total, measure);
            List<Object> values = new ArrayList<>();
            boolean any = t != null;
            for (UnitFigures child : kids) {
                Object v = shown(child, measure);
                any |= v != null;
                values.add(v);
            }
            if (any) {
                rows.add(new FigureRow(measure.name(), t, values));
            }
        }
        return rows;
    }

    private Object shown(UnitFigures unit, Measure measure) {
        if (unit == null) {
            return null;
        }
        if (unit.isSuppressed(measure)) {
            return FacesMessages.text("figures.smallCells.cell", document.figures().minCell());
        }
        return unit.values() == null ? null : unit.value(measure);
    }

    /** The legend of the "<5" mark, null when no cell is hidden. */
    public String getSmallCellsNote() {
        ReportFigures f = document == null ? null : document.figures();
        return f == null || f.minCell() == null || !f.anySuppressed() ? null
                : FacesMessages.text("figures.smallCells.note", f.minCell());
    }

    public List<UnitFigures> getChildColumns() {
        return document == null || document.figures() == null || document.figures().children() == null ? List.of()
                : document.figures().children();
    }

    /** An instant as people in China read it: 2026-10-10 10:00. */
    public String when(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(at.atZone(org.healthedu.session.SessionTime.ZONE));
    }

    public boolean isBlocked() {
        return checks.stream().anyMatch(ReportCheck::blocker);
    }

    public ReportAttachment.Kind[] getAttachKinds() {
        return ReportAttachment.Kind.values();
    }

    public SectionKind[] getSectionKinds() {
        return SectionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportView getReport() {
        return report;
    }

    public ReportRights getRights() {
        return rights;
    }

    public ReportDocument getDocument() {
        return document;
    }

    public List<ReportCheck> getChecks() {
        return checks;
    }

    public List<ReportAttachmentView> getAttachments() {
        return attachments;
    }

    public List<ChildReport> getChildren() {
        return children;
    }

    public Map<SectionKind, String> getBodies() {
        return bodies;
    }

    public ReportAttachment.Kind getAttachKind() {
        return attachKind;
    }

    public void setAttachKind(ReportAttachment.Kind attachKind) {
        this.attachKind = attachKind;
    }

    public String getAttachCaption() {
        return attachCaption;
    }

    public void setAttachCaption(String attachCaption) {
        this.attachCaption = attachCaption;
    }

    public Step getStep() {
        return step;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The day (China time) a file's content was removed, as the marker shows it. */
    public String day(java.time.Instant at) {
        return at == null ? "" : at.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
    }
}
