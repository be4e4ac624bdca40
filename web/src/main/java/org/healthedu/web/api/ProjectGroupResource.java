package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.shared.Page;
import org.healthedu.training.AccountChoice;
import org.healthedu.training.TrainerGroupService;
import org.healthedu.training.TrainerGroupView;

/**
 * The trainer groups of a project's sites (管理组, 讲师组, 指导组): members and leaders. On the path {@code projects}
 * beside {@link ProjectResource} (see {@link ProjectTargetResource} for why one root path).
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "trainer groups")
public class ProjectGroupResource {

    @Inject
    private TrainerGroupService groups;

    @GET
    @Path("{projectId}/groups")
    @Operation(summary = "The three groups (MANAGEMENT, LECTURER, GUIDANCE) of every site of a project, with their "
            + "members and leaders")
    public List<TrainerGroupView> groupsOf(@PathParam("projectId") long projectId) {
        return groups.groupsOf(projectId);
    }

    @GET
    @Path("{projectId}/groups/{groupId}")
    public TrainerGroupView group(@PathParam("projectId") long projectId, @PathParam("groupId") long groupId) {
        return groups.group(projectId, groupId);
    }

    @GET
    @Path("{projectId}/groups/{groupId}/candidates")
    @Operation(summary = "Accounts that could join the group: active, in the owning unit's subtree, with a role the "
            + "group admits, not yet members; searched by name or login")
    public Page<AccountChoice> candidates(@PathParam("projectId") long projectId,
            @PathParam("groupId") long groupId, @QueryParam("q") String query,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return groups.candidates(projectId, groupId, query, offset, limit);
    }

    @POST
    @Path("{projectId}/groups/{groupId}/members")
    @Operation(summary = "Add an account to the group (LECTURER and MANAGEMENT: trainers and coordinators; "
            + "GUIDANCE: observers and coordinators; always from the owning unit's subtree)")
    public Response addMember(@PathParam("projectId") long projectId, @PathParam("groupId") long groupId,
            MemberRequest request, @Context UriInfo uri) {
        TrainerGroupView group = groups.addMember(projectId, groupId, UnitResource.requireBody(request).accountId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(request.accountId())).build())
                .entity(group).build();
    }

    @DELETE
    @Path("{projectId}/groups/{groupId}/members/{accountId}")
    @Operation(summary = "Take a member out of the group; the leader must first be replaced or cleared")
    public Response removeMember(@PathParam("projectId") long projectId, @PathParam("groupId") long groupId,
            @PathParam("accountId") long accountId) {
        groups.removeMember(projectId, groupId, accountId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{projectId}/groups/{groupId}/leader")
    @Operation(summary = "Name the group's leader from its members, or clear it (accountId null); give the version "
            + "you read to avoid lost updates")
    public TrainerGroupView setLeader(@PathParam("projectId") long projectId, @PathParam("groupId") long groupId,
            LeaderRequest request) {
        UnitResource.requireBody(request);
        return groups.setLeader(projectId, groupId, request.accountId(), request.expectedVersion());
    }

    /** The account joining a group. */
    public record MemberRequest(Long accountId) {
    }

    /** The new leader (null: none), and the group version read (optional). */
    public record LeaderRequest(Long accountId, Long expectedVersion) {
    }
}
