package org.healthedu.web.activity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthedu.activity.ActivityFilter;
import org.healthedu.activity.ActivityService;
import org.healthedu.activity.ActivityType;
import org.healthedu.activity.ActivityView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The activities the caller may see, latest first, filtered by type and period, a page at a time. */
@Named
@ViewScoped
public class ActivitiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActivityService activities;

    private ActivityType type;
    private LocalDate from;
    private LocalDate to;
    private Long unitId;

    private final LazyDataModel<ActivityView> list = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) activities.list(filter(), 0, 1).total();
        }

        @Override
        public List<ActivityView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            try {
                var page = activities.list(filter(), first, pageSize);
                setRowCount((int) page.total());
                return page.items();
            } catch (DomainException e) {
                FacesMessages.error(e, null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(ActivityView activity) {
            return String.valueOf(activity.id());
        }
    };

    private ActivityFilter filter() {
        return new ActivityFilter(type, from, to, unitId, null);
    }

    public LazyDataModel<ActivityView> getList() {
        return list;
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
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

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
