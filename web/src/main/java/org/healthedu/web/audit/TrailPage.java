package org.healthedu.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.healthedu.audit.AuditChangeView;
import org.healthedu.audit.AuditEventView;
import org.healthedu.audit.AuditFilter;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditTrail;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail (audit/trail.xhtml): changes and security events in the caller's scope, newest first, filtered by
 * days, table or kind, actor and row, a page at a time. The page open is recorded once (AUDIT_VIEWED), not each page.
 */
@Named
@ViewScoped
public class TrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String table;
    private String kind;
    private String targetType;
    private Long targetId;
    private boolean recorded;

    private final LazyDataModel<AuditChangeView> changes = new Lazy<>() {
        private static final long serialVersionUID = 1L;

        @Override
        Page<AuditChangeView> page(int first, int size, boolean opening) {
            return trail.changes(new AuditFilter(from, to, table, actor, null, targetId), first, size, opening,
                    HistoryPanel.address());
        }

        @Override
        public String getRowKey(AuditChangeView change) {
            return String.valueOf(change.id());
        }
    };

    private final LazyDataModel<AuditEventView> events = new Lazy<>() {
        private static final long serialVersionUID = 1L;

        @Override
        Page<AuditEventView> page(int first, int size, boolean opening) {
            return trail.events(new AuditFilter(from, to, kind, actor, targetType, targetId), first, size, opening,
                    HistoryPanel.address());
        }

        @Override
        public String getRowKey(AuditEventView event) {
            return String.valueOf(event.id());
        }
    };

    /** A lazy list whose first successful load in this view records the opening. */
    private abstract class Lazy<T> extends LazyDataModel<T> {
        private static final long serialVersionUID = 1L;

        abstract Page<T> page(int first, int size, boolean opening);

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                Page<T> page = page(first, pageSize, !recorded);
                recorded = true;
                setRowCount((int) page.total());
                return page.items();
            } catch (DomainException e) {
                FacesMessages.error(e, null);
                setRowCount(0);
                return List.of();
            }
        }
    }

    public LazyDataModel<AuditChangeView> getChanges() {
        return changes;
    }

    public LazyDataModel<AuditEventView> getEvents() {
        return events;
    }

    public List<String> getTables() {
        return AuditTrail.TABLES;
    }

    public List<String> getKinds() {
        return Arrays.stream(AuditKind.values()).map(Enum::name).toList();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor == null || actor.isBlank() ? null : actor.strip();
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table == null || table.isBlank() ? null : table;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType == null || targetType.isBlank() ? null : targetType.strip();
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }
}
