package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.organisation.SiteDetails;
import org.healthedu.organisation.SiteKind;
import org.healthedu.organisation.SiteService;
import org.healthedu.organisation.SiteView;
import org.healthedu.shared.DomainException;

/** Sites owned by units in the caller's scope. */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sites")
public class SiteResource {

    @Inject
    private SiteService sites;

    @GET
    @Path("{id}")
    public SiteView get(@PathParam("id") long id) {
        return sites.getSite(id);
    }

    @POST
    public Response create(SiteRequest request, @Context UriInfo uri) {
        if (UnitResource.requireBody(request).unitId() == null) {
            throw DomainException.invalid("unitId", "error.required");
        }
        SiteView created = sites.createSite(request.unitId(), request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public SiteView update(@PathParam("id") long id, SiteRequest request) {
        return sites.updateSite(id, UnitResource.requireBody(request).details(), request.expectedVersion());
    }

    @POST
    @Path("{id}/deactivate")
    public SiteView deactivate(@PathParam("id") long id) {
        return sites.setSiteActive(id, false);
    }

    @POST
    @Path("{id}/reactivate")
    public SiteView reactivate(@PathParam("id") long id) {
        return sites.setSiteActive(id, true);
    }

    /** A site as posted: its owning unit (on create), its details, and the version read (on update). */
    public record SiteRequest(Long unitId, SiteKind kind, String nameZh, String nameEn, String address,
            String contactName, String contactPhone, Long expectedVersion) {

        SiteDetails details() {
            return new SiteDetails(kind, nameZh, nameEn, address, contactName, contactPhone);
        }
    }
}
