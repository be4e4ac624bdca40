package org.healthedu.web.activity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.healthedu.activity.ActivityType;
import org.healthedu.activity.Reach;
import org.healthedu.activity.ReachFigures;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;

/** Unique people trained, contacts and people reached of a unit (the caller's own by default) over a period. */
@Named
@ViewScoped
public class ReachPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReachFigures figures;

    @Inject
    private UserBean user;

    private Long unitId;
    private LocalDate from = LocalDate.now(SessionTime.ZONE).withDayOfYear(1);
    private LocalDate to = LocalDate.now(SessionTime.ZONE);
    private Reach reach;

    public void load() {
        if (unitId == null) {
            unitId = user.getCaller().unitId();
        }
        show();
    }

    public void show() {
        try {
            reach = figures.reach(unitId, from, to, null);
        } catch (DomainException e) {
            reach = null;
            FacesMessages.error(e, "reachForm:");
        }
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public Reach getReach() {
        return reach;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
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
}
