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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.activity.ActivityDraft;
import org.healthedu.activity.ActivityFilter;
import org.healthedu.activity.ActivityService;
import org.healthedu.activity.ActivityType;
import org.healthedu.activity.ActivityView;
import org.healthedu.activity.AudienceKind;
import org.healthedu.file.FilePolicy;
import org.healthedu.file.StoredFileView;
import org.healthedu.shared.Page;

/** Activities counted by headcount (lectures, consultations, campaigns, …) and their evidence. */
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities")
public class ActivityResource {

    @Inject
    private ActivityService activities;

    @GET
    @Operation(summary = "The activities the caller may see, latest first; filters type, from, to (dates), unitId "
            + "(its subtree), projectId")
    public Page<ActivityView> list(@QueryParam("type") String type, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("unitId") Long unitId, @QueryParam("projectId") Long projectId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return activities.list(new ActivityFilter(
                QueryParams.constant(ActivityType.class, "type", type, "activity.type.unknown"),
                QueryParams.date("from", from), QueryParams.date("to", to), unitId, projectId), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One activity")
    public ActivityView get(@PathParam("id") long id) {
        return activities.activity(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log an activity: type, heldOn, unitId and/or siteId, topic, audience, headcount and "
            + "optional breakdowns by sex (female, male, sexUnknown) and age band (ageUnder14, age14to17, age18to24, "
            + "age25plus, ageUnknown), each summing to the headcount")
    public Response log(ActivityRequest request, @Context UriInfo uri) {
        ActivityView created = activities.log(draft(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an activity; give the version you read (expectedVersion) to avoid lost updates")
    public ActivityView update(@PathParam("id") long id, ActivityRequest request) {
        return activities.revise(id, draft(request));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove an activity logged by mistake (kept with who removed it and when); give the version")
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        activities.remove(id, version);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/evidence")
    @Operation(summary = "The activity's photos and scanned sign-in sheets")
    public List<StoredFileView> evidence(@PathParam("id") long id) {
        return activities.evidence(id);
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a photo or scanned sign-in sheet (PNG, JPEG or PDF, at most 10 MiB, recognised by its "
            + "content) as the request body; its name is a query parameter")
    public Response addEvidence(@PathParam("id") long id, @QueryParam("filename") String filename, InputStream body,
            @Context UriInfo uri) throws IOException {
        StoredFileView file = activities.addEvidence(id, filename, Uploads.read(body, FilePolicy.EVIDENCE));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(file.id())).build()).entity(file)
                .build();
    }

    @GET
    @Path("{id}/evidence/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one piece of evidence (410 once its content was removed for privacy)")
    public Response evidenceFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return Downloads.attachment(activities.evidenceFile(id, fileId));
    }

    @DELETE
    @Path("{id}/evidence/{fileId}")
    @Operation(summary = "Remove one piece of evidence uploaded by mistake (whoever may edit the activity)")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        activities.removeEvidence(id, fileId);
        return Response.noContent().build();
    }

    /** An activity as posted; type and audience by name (LECTURE, GIRLS, …). */
    public record ActivityRequest(String type, Boolean online, String heldOn, Long unitId, Long siteId,
            Long projectId, String topic, String organiserName, String audience, Integer headcount, Integer female,
            Integer male, Integer sexUnknown, Integer ageUnder14, Integer age14to17, Integer age18to24,
            Integer age25plus, Integer ageUnknown, String grade, String note, Long expectedVersion) {
    }

    static ActivityDraft draft(ActivityRequest r) {
        UnitResource.requireBody(r);
        return new ActivityDraft(QueryParams.constant(ActivityType.class, "type", r.type(), "activity.type.unknown"),
                Boolean.TRUE.equals(r.online()), QueryParams.date("heldOn", r.heldOn()), r.unitId(), r.siteId(),
                r.projectId(), r.topic(), r.organiserName(),
                QueryParams.constant(AudienceKind.class, "audience", r.audience(), "activity.audience.unknown"),
                r.headcount(), r.female(), r.male(), r.sexUnknown(), r.ageUnder14(), r.age14to17(), r.age18to24(),
                r.age25plus(), r.ageUnknown(), r.grade(), r.note(), r.expectedVersion());
    }
}
