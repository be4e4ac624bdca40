package org.healthedu.web.checkin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Base64;
import org.healthedu.checkin.CheckInCodeView;
import org.healthedu.checkin.CheckInCodes;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.pdf.QrCodes;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.Pages;

/**
 * A session's check-in code and QR code, big enough to project ({@code /session/checkin-code.xhtml?id=}), for those
 * who take its roll: the window, a new code on demand, and the sign-in sheet to print.
 */
@Named
@ViewScoped
public class CheckInCodePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CheckInCodes codes;

    private Long id;
    private CheckInCodeView view;
    private String url;
    private String qr;

    public void open() throws IOException {
        if (id == null) {
            Pages.sendNotFound();
            return;
        }
        try {
            show(codes.code(id));
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    public void regenerate() {
        try {
            show(codes.regenerate(id));
            FacesMessages.info("checkin.code.regenerated");
        } catch (DomainException e) {
            FacesMessages.error(e, null);
        }
    }

    private void show(CheckInCodeView shown) {
        view = shown;
        url = CheckInLinks.base((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()) + shown.code();
        qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(url, 480));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CheckInCodeView getView() {
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
