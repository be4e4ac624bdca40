package org.healthedu.web.organisation;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.healthedu.organisation.OrganisationService;
import org.healthedu.organisation.UnitView;
import org.healthedu.shared.DomainException;

/** A unit chosen in a page travels as its id and comes back through the service, so scope is checked again. */
@FacesConverter(forClass = UnitView.class, managed = true)
public class UnitViewConverter implements Converter<UnitView> {

    @Inject
    private OrganisationService organisation;

    @Override
    public UnitView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return organisation.getUnit(Long.parseLong(value.strip()));
        } catch (NumberFormatException | DomainException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UnitView unit) {
        return unit == null ? "" : String.valueOf(unit.id());
    }
}
