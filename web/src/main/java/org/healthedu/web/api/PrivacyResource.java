package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.privacy.PersonalTable;
import org.healthedu.privacy.RetentionRun;
import org.healthedu.privacy.RetentionService;

/** Admin-only privacy operations: run the retention job now, and read the personal-data registry. */
@Path("privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "privacy")
public class PrivacyResource {

    @Inject
    private RetentionService retention;

    @POST
    @Path("retention/run")
    @Operation(summary = "Run the retention job now (it also runs daily): anonymise participants whose every "
            + "project ended longer ago than the retention period; projectId limits it to one project's participants")
    public RetentionRun runRetention(@QueryParam("projectId") Long projectId) {
        return retention.runNow(projectId);
    }

    @GET
    @Path("registry")
    @Operation(summary = "Every table holding a participant's data: what the export reads, what erasure clears and "
            + "why the rest is kept")
    public List<PersonalTable> registry() {
        return retention.registry();
    }
}
