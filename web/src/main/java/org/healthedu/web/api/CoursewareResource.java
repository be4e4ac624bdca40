package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.courseware.ApprovedCourseware;
import org.healthedu.courseware.CoursewareDetail;
import org.healthedu.courseware.CoursewareEventView;
import org.healthedu.courseware.CoursewareItemView;
import org.healthedu.courseware.CoursewareService;
import org.healthedu.courseware.CoursewareSummary;
import org.healthedu.courseware.CoursewareTransition;
import org.healthedu.courseware.CoursewareVersionView;
import org.healthedu.file.FilePolicy;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/**
 * Courseware of a project's lessons at its sites: versions with files and video links, the approval workflow
 * (draft → lecturer review → submitted to the management group → approved or returned; withdraw back to draft) and
 * its history. Versions are addressed by their number (1, 2, …). Files are uploaded as the raw request body (name in
 * {@code filename}) or as {@code multipart/form-data} (part {@code file}, optional part {@code title}), at most
 * 20 MiB, kind checked by content; they are stored in PostgreSQL and downloaded from {@code courseware/files/{id}}.
 */
@Path("courseware")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "courseware")
public class CoursewareResource {

    @Inject
    private CoursewareService courseware;

    @GET
    @Operation(summary = "Courseware of a project the caller sees, optionally at one site and for one lesson (of any "
            + "version of the project's curriculum), by site and lesson")
    public Page<CoursewareSummary> list(@QueryParam("projectId") Long projectId, @QueryParam("siteId") Long siteId,
            @QueryParam("lessonId") Long lessonId, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return courseware.list(required("projectId", projectId), siteId, lessonId, offset, limit);
    }

    @POST
    @Operation(summary = "Start the courseware of a lesson at a project site with an empty first draft (lecturers of "
            + "the site)")
    public Response start(StartRequest request, @Context UriInfo uri) {
        UnitResource.requireBody(request);
        CoursewareDetail created = courseware.start(required("projectId", request.projectId()),
                required("siteId", request.siteId()), request.lessonId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.courseware().id())).build())
                .entity(created).build();
    }

    @GET
    @Path("approved")
    @Operation(summary = "The approved versions of a lesson's courseware at a project site, the current one first, "
            + "with their files and links (what sessions may use); empty when none is approved")
    public List<ApprovedCourseware> approved(@QueryParam("projectId") Long projectId,
            @QueryParam("siteId") Long siteId, @QueryParam("lessonId") Long lessonId) {
        return courseware.approved(required("projectId", projectId), required("siteId", siteId),
                required("lessonId", lessonId));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A courseware with its versions (newest first; files, links and what the caller may do with "
            + "each) and its whole history")
    public CoursewareDetail get(@PathParam("id") long id) {
        return courseware.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Who did what and when, with comments and status changes, oldest first")
    public List<CoursewareEventView> history(@PathParam("id") long id) {
        return courseware.history(id);
    }

    @GET
    @Path("{id}/versions/{number}")
    public CoursewareVersionView version(@PathParam("id") long id, @PathParam("number") int number) {
        CoursewareVersionView version = courseware.get(id).version(number);
        if (version == null) {
            throw DomainException.notFound("courseware.version.notFound", number);
        }
        return version;
    }

    @POST
    @Path("{id}/versions/{number}/items")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file to a draft as the raw request body, its name in 'filename' (PDF, Office "
            + "documents, slides, spreadsheets, PNG or JPEG by content; at most 20 MiB)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response upload(@PathParam("id") long id, @PathParam("number") int number,
            @QueryParam("filename") String filename, @QueryParam("title") String title,
            @QueryParam("expectedVersion") Long expectedVersion, InputStream body, @Context UriInfo uri)
            throws IOException {
        CoursewareItemView item = courseware.uploadFile(id, number, filename, read(body), title, expectedVersion);
        return created(uri, item);
    }

    @POST
    @Path("{id}/versions/{number}/items")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file to a draft as multipart/form-data: part 'file' (with its file name), "
            + "optional part 'title'")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    public Response uploadForm(@PathParam("id") long id, @PathParam("number") int number,
            @FormParam("file") EntityPart file, @FormParam("title") String title,
            @QueryParam("expectedVersion") Long expectedVersion, @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw DomainException.invalid("file", "error.required");
        }
        try (InputStream content = file.getContent()) {
            CoursewareItemView item = courseware.uploadFile(id, number, file.getFileName().orElse(null),
                    read(content), title, expectedVersion);
            return created(uri, item);
        }
    }

    @POST
    @Path("{id}/versions/{number}/links")
    @Operation(summary = "Add a link to a video (http or https) with its title to a draft")
    public Response addLink(@PathParam("id") long id, @PathParam("number") int number, LinkRequest request,
            @Context UriInfo uri) {
        UnitResource.requireBody(request);
        CoursewareItemView item = courseware.addVideoLink(id, number, request.title(), request.url(),
                request.expectedVersion());
        return created(uri, item);
    }

    @DELETE
    @Path("{id}/versions/{number}/items/{itemId}")
    @Operation(summary = "Remove a file or link from a draft")
    public Response removeItem(@PathParam("id") long id, @PathParam("number") int number,
            @PathParam("itemId") long itemId, @QueryParam("expectedVersion") Long expectedVersion) {
        courseware.removeItem(id, number, itemId, expectedVersion);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/versions/{number}/submit-review")
    @Operation(summary = "Put a draft before the whole lecturer group (a lecturer of the site; it needs a file or "
            + "link)")
    public CoursewareDetail submitForReview(@PathParam("id") long id, @PathParam("number") int number,
            StepRequest request) {
        return step(id, number, CoursewareTransition.SUBMIT_FOR_REVIEW, request);
    }

    @POST
    @Path("{id}/versions/{number}/submit")
    @Operation(summary = "Send the discussed version to the management group (the lecturer-group leader)")
    public CoursewareDetail submit(@PathParam("id") long id, @PathParam("number") int number, StepRequest request) {
        return step(id, number, CoursewareTransition.SUBMIT, request);
    }

    @POST
    @Path("{id}/versions/{number}/approve")
    @Operation(summary = "Approve a submitted version (a management-group member): it is locked and becomes the "
            + "current courseware of the lesson at the site")
    public CoursewareDetail approve(@PathParam("id") long id, @PathParam("number") int number, StepRequest request) {
        return step(id, number, CoursewareTransition.APPROVE, request);
    }

    @POST
    @Path("{id}/versions/{number}/return")
    @Operation(summary = "Return a submitted version with a comment (required) (a management-group member)")
    public CoursewareDetail returnVersion(@PathParam("id") long id, @PathParam("number") int number,
            StepRequest request) {
        return step(id, number, CoursewareTransition.RETURN, request);
    }

    @POST
    @Path("{id}/versions/{number}/withdraw")
    @Operation(summary = "Take a version under review or submitted back into draft (its author or the "
            + "lecturer-group leader)")
    public CoursewareDetail withdraw(@PathParam("id") long id, @PathParam("number") int number,
            StepRequest request) {
        return step(id, number, CoursewareTransition.WITHDRAW, request);
    }

    @POST
    @Path("{id}/versions/{number}/new-version")
    @Operation(summary = "Start the next version from an approved or returned one, its files and links copied (a "
            + "lecturer of the site)")
    public Response newVersion(@PathParam("id") long id, @PathParam("number") int number, StepRequest request,
            @Context UriInfo uri) {
        CoursewareDetail detail = courseware.startNextVersion(id, number,
                request == null ? null : request.expectedVersion());
        return Response.created(uri.getBaseUriBuilder().path("courseware").path(String.valueOf(id))
                .path("versions").path(String.valueOf(detail.latest().number())).build()).entity(detail).build();
    }

    @POST
    @Path("{id}/versions/{number}/comments")
    @Operation(summary = "Comment on a version (lecturers, management and guidance groups, managing coordinators)")
    public Response comment(@PathParam("id") long id, @PathParam("number") int number, CommentRequest request) {
        CoursewareEventView event = courseware.comment(id, number, request == null ? null : request.comment());
        return Response.status(Response.Status.CREATED).entity(event).build();
    }

    @GET
    @Path("files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a courseware file (for whoever may see that courseware)")
    public Response download(@PathParam("fileId") long fileId) {
        return Downloads.attachment(courseware.download(fileId));
    }

    private CoursewareDetail step(long id, int number, CoursewareTransition transition, StepRequest request) {
        return courseware.step(id, number, transition, request == null ? null : request.comment(),
                request == null ? null : request.expectedVersion());
    }

    private static Response created(UriInfo uri, CoursewareItemView item) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.id())).build()).entity(item)
                .build();
    }

    private static long required(String field, Long value) {
        if (value == null) {
            throw DomainException.invalid(field, "error.required");
        }
        return value;
    }

    /** Reads at most the courseware limit plus one byte, so an oversized body is refused without being held whole. */
    private static byte[] read(InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) FilePolicy.COURSEWARE.maxBytes() + 1);
        if (content.length > FilePolicy.COURSEWARE.maxBytes()) {
            throw DomainException.invalid("file", "error.file.tooLarge", FilePolicy.COURSEWARE.maxMib());
        }
        return content;
    }

    /** The parts of a multipart upload, for the API description. */
    @Schema(name = "CoursewareUploadForm")
    public static class UploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "the file, with its name")
        public String file;
        @Schema(description = "shown instead of the file name (optional)")
        public String title;
    }

    /** A lesson's courseware to start at a project's site. */
    public record StartRequest(Long projectId, Long siteId, Long lessonId) {
    }

    /** A video link and its title, and the version read (optional). */
    public record LinkRequest(String title, String url, Long expectedVersion) {
    }

    /** A workflow step's comment (required to return) and the version read (optional). */
    public record StepRequest(String comment, Long expectedVersion) {
    }

    public record CommentRequest(String comment) {
    }
}
