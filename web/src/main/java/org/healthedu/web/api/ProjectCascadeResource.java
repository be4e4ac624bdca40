package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.cascade.CascadeSettings;
import org.healthedu.cascade.HostService;

/** A project's cascade settings. Shares the path {@code projects} with {@link ProjectResource}. */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cascade")
public class ProjectCascadeResource {

    @Inject
    private HostService hosts;

    @GET
    @Path("{id}/cascade-settings")
    @Operation(summary = "Whether the project is a host training, and whether its hosts' plans need approval")
    public CascadeSettings settings(@PathParam("id") long id) {
        return hosts.settings(id);
    }

    @PUT
    @Path("{id}/cascade-settings")
    @Operation(summary = "Change the cascade settings (project managers; null leaves a setting as it is)")
    public CascadeSettings change(@PathParam("id") long id, CascadeSettings changes) {
        return hosts.changeSettings(id, UnitResource.requireBody(changes));
    }
}
