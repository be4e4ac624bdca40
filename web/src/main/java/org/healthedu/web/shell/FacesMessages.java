package org.healthedu.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.healthedu.shared.DomainException;
import org.healthedu.web.i18n.Texts;

/** Translated messages for the current page. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Texts.text(faces.getViewRoot().getLocale(), key, args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, args));
    }

    /**
     * Shows a broken rule: next to its field when the page has a component with {@code idPrefix + field}, else at the
     * top of the page.
     */
    public static void error(DomainException e, String idPrefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = null;
        if (idPrefix != null && e.field() != null
                && faces.getViewRoot().findComponent(idPrefix + e.field()) != null) {
            clientId = faces.getViewRoot().findComponent(idPrefix + e.field()).getClientId(faces);
        }
        add(FacesMessage.SEVERITY_ERROR, clientId, Texts.describe(faces.getViewRoot().getLocale(), e));
        faces.validationFailed();
    }

    public static void errorText(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, text(key, args));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
