package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.healthedu.curriculum.CurriculumDetail;
import org.healthedu.curriculum.CurriculumService;
import org.healthedu.curriculum.CurriculumSummary;
import org.healthedu.curriculum.SegmentDraft;
import org.healthedu.curriculum.TemplateDraft;

/**
 * Curriculum templates, and the lessons and segments of any curriculum (a template or a project's version). Every
 * change answers with the curriculum as saved: when the version addressed is in use, that is the project's next
 * version (a new id), and the one in use stays as it was. Give the {@code version} you read as
 * {@code expectedVersion} to avoid lost updates.
 */
@Path("curricula")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "curricula")
public class CurriculumResource {

    @Inject
    private CurriculumService curricula;

    @GET
    @Operation(summary = "The templates the caller may see and adopt: shipped with the product, or of their unit, "
            + "the units above it or below it")
    public List<CurriculumSummary> templates() {
        return curricula.templates();
    }

    @POST
    @Operation(summary = "Create an empty template owned by the caller's unit")
    public Response create(TemplateDraft draft, @Context UriInfo uri) {
        CurriculumDetail created = curricula.createTemplate(UnitResource.requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A template or a version of a project's curriculum, with its lessons and segments in order")
    public CurriculumDetail get(@PathParam("id") long id) {
        return curricula.curriculum(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a curriculum's names and description")
    public CurriculumDetail update(@PathParam("id") long id, CurriculumChanges changes) {
        UnitResource.requireBody(changes);
        return curricula.describe(id, changes.nameZh(), changes.nameEn(), changes.description(),
                changes.expectedVersion());
    }

    @POST
    @Path("{id}/lessons")
    @Operation(summary = "Add a lesson at a position (1 = first; none: last)")
    public CurriculumDetail addLesson(@PathParam("id") long id, LessonRequest request) {
        UnitResource.requireBody(request);
        return curricula.addLesson(id, request.titleZh(), request.titleEn(), request.position(),
                request.expectedVersion());
    }

    @PUT
    @Path("{id}/lessons/{lessonId}")
    @Operation(summary = "Change a lesson's titles")
    public CurriculumDetail updateLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            LessonRequest request) {
        UnitResource.requireBody(request);
        return curricula.retitleLesson(id, lessonId, request.titleZh(), request.titleEn(),
                request.expectedVersion());
    }

    @POST
    @Path("{id}/lessons/{lessonId}/move")
    @Operation(summary = "Move a lesson to another position (1 = first)")
    public CurriculumDetail moveLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            MoveRequest request) {
        UnitResource.requireBody(request);
        return curricula.moveLesson(id, lessonId, request.position(), request.expectedVersion());
    }

    @DELETE
    @Path("{id}/lessons/{lessonId}")
    @Operation(summary = "Remove a lesson with its segments")
    public CurriculumDetail removeLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            @QueryParam("expectedVersion") Long expectedVersion) {
        return curricula.removeLesson(id, lessonId, expectedVersion);
    }

    @POST
    @Path("{id}/lessons/{lessonId}/segments")
    @Operation(summary = "Add a segment to a lesson at a position (1 = first; none: last); its duration is 1 to 480 "
            + "minutes")
    public CurriculumDetail addSegment(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            SegmentRequest request) {
        UnitResource.requireBody(request);
        return curricula.addSegment(id, lessonId, request.draft(), request.position(), request.expectedVersion());
    }

    @PUT
    @Path("{id}/segments/{segmentId}")
    @Operation(summary = "Change a segment's titles, objectives and duration")
    public CurriculumDetail updateSegment(@PathParam("id") long id, @PathParam("segmentId") long segmentId,
            SegmentRequest request) {
        UnitResource.requireBody(request);
        return curricula.describeSegment(id, segmentId, request.draft(), request.expectedVersion());
    }

    @POST
    @Path("{id}/segments/{segmentId}/move")
    @Operation(summary = "Move a segment to a position in its lesson or in another lesson (lessonId) of the same "
            + "curriculum")
    public CurriculumDetail moveSegment(@PathParam("id") long id, @PathParam("segmentId") long segmentId,
            MoveRequest request) {
        UnitResource.requireBody(request);
        return curricula.moveSegment(id, segmentId, request.lessonId(), request.position(),
                request.expectedVersion());
    }

    @DELETE
    @Path("{id}/segments/{segmentId}")
    @Operation(summary = "Remove a segment")
    public CurriculumDetail removeSegment(@PathParam("id") long id, @PathParam("segmentId") long segmentId,
            @QueryParam("expectedVersion") Long expectedVersion) {
        return curricula.removeSegment(id, segmentId, expectedVersion);
    }

    /** New names and description of a curriculum, and the version read (optional). */
    public record CurriculumChanges(String nameZh, String nameEn, String description, Long expectedVersion) {
    }

    /** A lesson's titles, where to put a new one (optional) and the curriculum version read (optional). */
    public record LessonRequest(String titleZh, String titleEn, Integer position, Long expectedVersion) {
    }

    /** A segment's content, where to put a new one (optional) and the curriculum version read (optional). */
    public record SegmentRequest(String titleZh, String titleEn, String objectives, Integer durationMinutes,
            Integer position, Long expectedVersion) {

        SegmentDraft draft() {
            return new SegmentDraft(titleZh, titleEn, objectives, durationMinutes);
        }
    }

    /** Where to move: a position, for a segment optionally another lesson; and the curriculum version read. */
    public record MoveRequest(Long lessonId, Integer position, Long expectedVersion) {
    }
}
