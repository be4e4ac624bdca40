package org.healthedu.web.cascade;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.healthedu.cascade.HostService;
import org.healthedu.cascade.HostView;
import org.healthedu.shared.DomainException;
import org.healthedu.web.shell.Pages;

/** {@code /cascade/host.xhtml?id=}: a host's record, for the host, their supervisor and coordinators in scope. */
@Named
@ViewScoped
public class HostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HostService hosts;

    private Long id;
    private HostView host;

    public void load() throws IOException {
        if (id == null) {
            Pages.sendNotFound();
            return;
        }
        try {
            host = hosts.get(id);
        } catch (DomainException e) {
            Pages.sendError(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public HostView getHost() {
        return host;
    }
}
