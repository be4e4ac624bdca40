package org.healthedu.web.project;

import java.io.Serializable;
import org.healthedu.organisation.UnitView;

/** A unit picked in an autocomplete, optionally one of its sites, and for a project site the unit responsible. */
public class PickedUnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UnitView unit;
    private Long siteId;
    private UnitView responsible;

    void clear() {
        unit = null;
        siteId = null;
        responsible = null;
    }

    public UnitView getResponsible() {
        return responsible;
    }

    public void setResponsible(UnitView responsible) {
        this.responsible = responsible;
    }

    public UnitView getUnit() {
        return unit;
    }

    public void setUnit(UnitView unit) {
        this.unit = unit;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }
}
