package org.healthedu.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.healthedu.account.AccountService;
import org.healthedu.account.UiLocale;

/** The interface language of this session: Chinese unless chosen otherwise; remembered on the account. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private UiLocale current = UiLocale.ZH_CN;
    /** Chosen on the login page, before anyone signed in: that choice wins over the one stored on the account. */
    private boolean chosenBeforeLogin;

    public Locale getLocale() {
        return current.locale();
    }

    public String getLanguageTag() {
        return current == UiLocale.EN ? "en" : "zh-CN";
    }

    public boolean isEnglish() {
        return current == UiLocale.EN;
    }

    /** Switches the language of this page and every next one; a signed-in user keeps the choice on any device. */
    public void choose(String tag) {
        current = UiLocale.fromTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(current.locale());
        if (faces.getExternalContext().getUserPrincipal() != null) {
            accounts.chooseLocale(current);
        } else {
            chosenBeforeLogin = true;
        }
    }

    /**
     * At login: a language chosen on the login page is stored on the account; otherwise the account's language is
     * taken.
     */
    void signedIn(UiLocale stored) {
        if (chosenBeforeLogin) {
            chosenBeforeLogin = false;
            if (current != stored) {
                accounts.chooseLocale(current);
            }
        } else {
            current = stored == null ? UiLocale.ZH_CN : stored;
        }
    }
}
