package org.healthedu.web.feedback;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Base64;
import org.healthedu.feedback.FeedbackLinkView;
import org.healthedu.feedback.FeedbackLinks;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.pdf.QrCodes;
import org.healthedu.web.checkin.CheckInLinks;

/**
 * The session page's feedback panel ({@code session/feedback-link.xhtml}): the session's public feedback link, its QR
 * code to show or print, and the window it takes answers in. Read once per view.
 */
@Named
@ViewScoped
public class FeedbackLinkPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackLinks links;

    private Long loadedFor;
    private FeedbackLinkView view;
    private String url;
    private String qr;

    /** The link of the session, or null when the caller may not see it. */
    public FeedbackLinkView load(Long sessionId) {
        if (sessionId == null) {
            return null;
        }
        if (!sessionId.equals(loadedFor)) {
            loadedFor = sessionId;
            try {
                view = links.link(sessionId);
                url = CheckInLinks.feedbackBase((HttpServletRequest) FacesContext.getCurrentInstance()
                        .getExternalContext().getRequest()) + view.token();
                qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(url, 360));
            } catch (DomainException | EJBAccessException e) {
                view = null;
            }
        }
        return view;
    }

    public FeedbackLinkView getView() {
        return view;
    }

    public String getUrl() {
        return url;
    }

    /** The QR code as a data URI (no second request, nothing cached). */
    public String getQr() {
        return qr;
    }
}
