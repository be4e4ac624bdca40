package org.healthedu.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Base64;
import org.healthedu.account.SecondFactorEnrolment;
import org.healthedu.account.SecondFactorService;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.pdf.QrCodes;
import org.healthedu.web.shell.FacesMessages;
import org.healthedu.web.shell.UserBean;

/**
 * The profile page's second-factor section (ADMIN and COORDINATOR): propose a key (QR code and base32 text), switch
 * it on with a current code; switch it off with the password and a current code.
 */
@Named
@ViewScoped
public class SecondFactorPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactorService secondFactor;

    @Inject
    private UserBean userBean;

    private Boolean on;
    private SecondFactorEnrolment proposal;
    private String qr;
    private String code;
    private String password;

    /** Admins and coordinators may switch one on; whoever has one (say, since made a trainer) may switch it off. */
    public boolean isAvailable() {
        return userBean.isManager() || isOn();
    }

    public boolean isOn() {
        if (on == null) {
            on = !userBean.isHost() && secondFactor.isOnForMe();
        }
        return on;
    }

    public void propose() {
        proposal = secondFactor.propose();
        qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(proposal.otpauthUri(), 280));
        code = null;
    }

    public void enable() {
        if (proposal == null) {
            return;
        }
        try {
            secondFactor.enable(proposal.secret(), code, remoteAddress());
        } catch (DomainException e) {
            FacesMessages.error(e, "secondFactorForm:");
            return;
        }
        proposal = null;
        qr = null;
        code = null;
        on = true;
        FacesMessages.info("accounts.secondFactor.enabled");
    }

    public void cancel() {
        proposal = null;
        qr = null;
        code = null;
    }

    public void disable() {
        try {
            secondFactor.disable(password, code, remoteAddress());
        } catch (DomainException e) {
            FacesMessages.error(e, "secondFactorForm:");
            return;
        } finally {
            password = null;
            code = null;
        }
        on = false;
        FacesMessages.info("accounts.secondFactor.disabled");
    }

    private static String remoteAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public SecondFactorEnrolment getProposal() {
        return proposal;
    }

    public String getQr() {
        return qr;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
