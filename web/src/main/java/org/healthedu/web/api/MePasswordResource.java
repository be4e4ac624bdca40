package org.healthedu.web.api;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthedu.account.PasswordService;

/** The caller changes their own password (also allowed, and required, while an administrator's reset is due). */
@Path("me/password")
public class MePasswordResource {

    @EJB
    private PasswordService passwords;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password: the current one and a new one of at least 12 characters that "
            + "is not a common password nor the username or name. Every session of the account ends (HTTP Basic "
            + "clients use the new password from now on); a wrong current password counts toward sign-in limits")
    public Response change(PasswordChange change) {
        PasswordChange body = UnitResource.requireBody(change);
        passwords.changeOwnPassword(body.currentPassword(), body.newPassword(), request.getRemoteAddr());
        return Response.noContent().build();
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }
}
