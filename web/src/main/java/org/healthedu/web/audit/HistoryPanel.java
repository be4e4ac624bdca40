package org.healthedu.web.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.healthedu.audit.AuditChangeView;
import org.healthedu.audit.AuditTrail;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A record's history on its own page (WEB-INF/includes/history.xhtml): collapsed until opened, then loaded a page at a
 * time. Opening it is recorded once (AUDIT_VIEWED), whatever pages are read after.
 */
@Named
@ViewScoped
public class HistoryPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private String table;
    private Long rowId;
    private boolean recorded;

    private final LazyDataModel<AuditChangeView> changes = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<AuditChangeView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (table == null || rowId == null) {
                return List.of();
            }
            try {
                var page = trail.history(table, rowId, first, pageSize, !recorded, address());
                recorded = true;
                setRowCount((int) page.total());
                return page.items();
            } catch (DomainException e) {
                FacesMessages.error(e, null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(AuditChangeView change) {
            return String.valueOf(change.id());
        }
    };

    /** Opens the panel on a record (the panel's toggle); reopening another record starts over. */
    public void open(String table, Long rowId) {
        if (!table.equals(this.table) || !rowId.equals(this.rowId)) {
            this.table = table;
            this.rowId = rowId;
            recorded = false;
        }
    }

    public boolean isOpened() {
        return table != null;
    }

    public LazyDataModel<AuditChangeView> getChanges() {
        return changes;
    }

    static String address() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
    }
}
