package org.healthedu.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.healthedu.shared.DomainException;

/** Small helpers for pages opened on an id from the address. */
public final class Pages {

    private Pages() {
    }

    /** Ends the request with the error page a refused load deserves: 404 for an unknown id, else 403. */
    public static void sendError(DomainException e) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403, null);
        faces.responseComplete();
    }

    /** A page opened without its id: 404. */
    public static void sendNotFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
