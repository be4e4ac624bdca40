package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.cascade.CascadeRoles;
import org.healthedu.cascade.HostDraft;
import org.healthedu.cascade.HostService;
import org.healthedu.cascade.HostView;
import org.healthedu.cascade.Invitation;
import org.healthedu.shared.Page;
import org.healthedu.web.checkin.CheckInLinks;

/** Peer-education hosts: certification (after a completed host training), their record, revocation, invitations. */
@Path("hosts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cascade")
public class HostResource {

    @Inject
    private HostService hosts;

    @Context
    private HttpServletRequest request;

    /** A fresh invitation: the link to hand to the host, shown this once. */
    public record InvitationLink(long hostId, String token, String url, Instant expiresAt) {
    }

    @POST
    @Operation(summary = "Certify a participant who completed a host training as host of a site, with a supervisor")
    public Response certify(HostDraft draft, @Context UriInfo uri) {
        HostView host = hosts.certify(UnitResource.requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(host.id())).build()).entity(host)
                .build();
    }

    @GET
    @Operation(summary = "The hosts the caller sees (coordinators: their scope; trainers: the hosts they supervise and"
            + " every host of a site where they teach the host training)")
    public Page<HostView> list(@QueryParam("current") @DefaultValue("false") boolean current,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return hosts.list(current, offset, limit);
    }

    @GET
    @Path("roles")
    @Operation(summary = "What the caller does in the cascade (host, supervises, certifies): the menu shows its entries"
            + " by it")
    public CascadeRoles roles() {
        return hosts.roles();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A host and their record: sessions held, people reached, feedback responses and mean satisfaction, the trainer who trained them")
    public HostView get(@PathParam("id") long id) {
        return hosts.get(id);
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a certification (kept as history; the host account is deactivated)")
    public HostView revoke(@PathParam("id") long id) {
        return hosts.revoke(id);
    }

    @POST
    @Path("{id}/invitations")
    @Operation(summary = "A one-time invitation link (valid 7 days) for the host to create their account")
    public Response invite(@PathParam("id") long id) {
        Invitation invitation = hosts.invite(id);
        String url = CheckInLinks.root(request) + "cascade/accept.xhtml?token=" + invitation.token();
        return Response.status(Response.Status.CREATED)
                .entity(new InvitationLink(id, invitation.token(), url, invitation.expiresAt())).build();
    }
}
