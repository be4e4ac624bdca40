package org.healthedu.web.project;

import java.io.Serializable;
import org.healthedu.organisation.UnitView;

/** A unit picked in an autocomplete and, optionally, one of its sites. */
public class PickedUnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UnitView unit;
    private Long siteId;

    void clear() {
        unit = null;
        siteId = null;
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
