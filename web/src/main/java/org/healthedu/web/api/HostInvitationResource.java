package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.cascade.HostService;

/** The public end of a host invitation: the token's holder chooses a username and password (no login). */
@Path("host-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cascade")
public class HostInvitationResource {

    @Inject
    private HostService hosts;

    @Context
    private HttpServletRequest request;

    /** What the invited host sends. */
    public record Acceptance(String username, String password) {
    }

    @POST
    @Path("{token}")
    @SecurityRequirements // none: the token is the credential
    @Operation(summary = "Accept an invitation: creates the HOST account (username, password of 10+ characters)")
    public Response accept(@PathParam("token") String token, Acceptance body) {
        Acceptance given = UnitResource.requireBody(body);
        String username = hosts.accept(token, given.username(), given.password(), request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(Map.of("username", username)).build();
    }
}
