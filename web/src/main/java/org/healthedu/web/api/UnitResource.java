package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.healthedu.organisation.OrganisationService;
import org.healthedu.organisation.SiteService;
import org.healthedu.organisation.SiteView;
import org.healthedu.organisation.UnitChanges;
import org.healthedu.organisation.UnitDraft;
import org.healthedu.organisation.UnitView;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/** Organisation units in the caller's scope. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "units")
public class UnitResource {

    @Inject
    private OrganisationService organisation;

    @Inject
    private SiteService sites;

    @GET
    @Operation(summary = "Search units in scope by code or name, a page at a time")
    public Page<UnitView> search(@QueryParam("q") String query,
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return organisation.search(query, includeInactive, offset, limit);
    }

    @GET
    @Path("roots")
    @Operation(summary = "The tops of the caller's tree")
    public List<UnitView> roots() {
        return organisation.scopeRoots();
    }

    @GET
    @Path("{id}")
    public UnitView get(@PathParam("id") long id) {
        return organisation.getUnit(id);
    }

    @GET
    @Path("{id}/children")
    public List<UnitView> children(@PathParam("id") long id) {
        return organisation.childrenOf(id);
    }

    @GET
    @Path("{id}/sites")
    public Page<SiteView> sitesOf(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return sites.sitesOf(id, offset, limit);
    }

    @POST
    @Operation(summary = "Create a unit under a parent in scope")
    public Response create(UnitDraft draft, @Context UriInfo uri) {
        UnitView created = organisation.createUnit(requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a unit's code, names or kind; give the version you read to avoid lost updates")
    public UnitView update(@PathParam("id") long id, UnitChanges changes) {
        return organisation.updateUnit(id, requireBody(changes));
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move a unit and its subtree under another parent")
    public UnitView move(@PathParam("id") long id, MoveRequest move) {
        if (requireBody(move).parentId() == null) {
            throw DomainException.invalid("parentId", "error.required");
        }
        return organisation.moveUnit(id, move.parentId(), move.expectedVersion());
    }

    @POST
    @Path("{id}/deactivate")
    public UnitView deactivate(@PathParam("id") long id) {
        return organisation.deactivateUnit(id);
    }

    @POST
    @Path("{id}/reactivate")
    public UnitView reactivate(@PathParam("id") long id) {
        return organisation.reactivateUnit(id);
    }

    /** Where to move a unit, and the version the caller read. */
    public record MoveRequest(Long parentId, Long expectedVersion) {
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw DomainException.invalid(null, "error.malformedBody");
        }
        return body;
    }
}
