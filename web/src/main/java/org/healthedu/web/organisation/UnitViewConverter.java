package org.healthedu.web.organisation;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import org.healthedu.organisation.OrganisationService;
import org.healthedu.organisation.UnitView;
import org.healthedu.shared.DomainException;

/**
 * Turns a unit picked in an autocomplete into its id and back, reading the unit through the service (so scope is
 * checked again). Pages hand it out from a bean getter: a {@code @FacesConverter(managed = true)} would not be given
 * the service.
 */
public final class UnitViewConverter implements Converter<UnitView>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Not part of a session's copy on another server: looked up again there. */
    private transient OrganisationService organisation;

    public UnitViewConverter(OrganisationService organisation) {
        this.organisation = organisation;
    }

    private OrganisationService organisation() {
        if (organisation == null) {
            organisation = CDI.current().select(OrganisationService.class).get();
        }
        return organisation;
    }

    @Override
    public UnitView getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return value == null || value.isBlank() ? null : organisation().getUnit(Long.parseLong(value.strip()));
        } catch (NumberFormatException | DomainException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UnitView unit) {
        return unit == null ? "" : String.valueOf(unit.id());
    }
}
