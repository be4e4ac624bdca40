package org.healthedu.web.checkin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.healthedu.checkin.CheckInPerson;
import org.healthedu.checkin.CheckInResult;
import org.healthedu.checkin.CheckInService;
import org.healthedu.checkin.CheckInSession;
import org.healthedu.checkin.SecondFactor;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/**
 * The public check-in page ({@code /checkin.xhtml}, {@code ?code=} from the QR code), for a phone and no account:
 * code → pick your (masked) name → birth year or last four phone digits → marked. Only the opaque token of the picked
 * person is kept here, never anyone's data.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CheckInService checkIn;

    private String code;
    private CheckInSession session;
    private CheckInPerson chosen;
    private SecondFactor factor;
    private String answer;
    private CheckInResult result;

    /** Opened from a QR code: the code is in the address, so go straight to the names. */
    public void open() {
        if (!FacesContext.getCurrentInstance().isPostback() && code != null && !code.isBlank()) {
            lookUp();
        }
    }

    public void lookUp() {
        try {
            session = checkIn.open(code, client());
            code = session.code();
            chosen = null;
            result = null;
        } catch (DomainException e) {
            session = null;
            FacesMessages.error(e, "checkinForm:");
        }
    }

    public void pick(CheckInPerson person) {
        if (person == null || session == null) {
            return;
        }
        try {
            factor = checkIn.factor(code, person.token(), client());
            chosen = person;
            answer = null;
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    public void submit() {
        if (chosen == null) {
            return;
        }
        try {
            result = checkIn.checkIn(code, chosen.token(), answer, client());
        } catch (DomainException e) {
            answer = null;
            FacesMessages.error(e, "checkinForm:");
        }
    }

    /** Not me: back to the names. */
    public void choose() {
        chosen = null;
        answer = null;
    }

    /** Another code (or someone else checking in on this phone). */
    public void restart() {
        session = null;
        chosen = null;
        answer = null;
        result = null;
        code = null;
    }

    /** Which step the page shows: code, pick, factor or done. */
    public String getStep() {
        if (result != null) {
            return "done";
        }
        if (chosen != null) {
            return "factor";
        }
        return session != null ? "pick" : "code";
    }

    private static String client() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CheckInSession getSession() {
        return session;
    }

    public CheckInPerson getChosen() {
        return chosen;
    }

    public SecondFactor getFactor() {
        return factor;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public CheckInResult getResult() {
        return result;
    }
}
