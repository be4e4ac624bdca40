package org.healthedu.web.cascade;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.healthedu.cascade.HostService;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.FacesMessages;

/** {@code /cascade/accept.xhtml?token=} (public): an invited host chooses a username and a password. */
@Named
@ViewScoped
public class AcceptPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HostService hosts;

    private String token;
    private String username;
    private String password;
    private String created;

    public void accept() {
        try {
            String client = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest()).getRemoteAddr();
            created = hosts.accept(token, username, password, client);
        } catch (DomainException e) {
            FacesMessages.error(e, "acceptForm:");
        } finally {
            password = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCreated() {
        return created;
    }
}
