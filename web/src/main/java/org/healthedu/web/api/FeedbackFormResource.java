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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.feedback.FeedbackFormService;
import org.healthedu.feedback.FormDefinition;
import org.healthedu.feedback.FormDetail;
import org.healthedu.feedback.FormDraft;
import org.healthedu.feedback.FormSettings;
import org.healthedu.feedback.FormSummary;
import org.healthedu.feedback.NewForm;
import org.healthedu.shared.Page;

/** Feedback forms: the builder's list, a form with its versions, new forms and copies, saving content. */
@Path("feedback-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "feedback")
public class FeedbackFormResource {

    @Inject
    private FeedbackFormService forms;

    @GET
    @Operation(summary = "Forms the caller sees (templates, forms of units covering or inside their scope), paged; "
            + "q filters by name; archived ones with archived=true")
    public Page<FormSummary> list(@QueryParam("q") String query, @QueryParam("archived") boolean archived,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return forms.listForms(query, archived, offset, limit);
    }

    @POST
    @Operation(summary = "A unit's new form: a copy of copyOf (a template or a form the caller sees) or a starter form")
    public Response create(NewForm draft, @Context UriInfo uri) {
        FormDetail created = forms.create(UnitResource.requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The form: its current version's sections, questions and choices, and every version with "
            + "its number of responses")
    public FormDetail get(@PathParam("id") long id) {
        return forms.form(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename, change who answers, archive or restore (null fields stay as they are)")
    public FormDetail changeSettings(@PathParam("id") long id, FormSettings settings) {
        return forms.changeSettings(id, UnitResource.requireBody(settings));
    }

    @PUT
    @Path("{id}/definition")
    @Operation(summary = "Save the whole content against expectedVersion: in place while the current version has no "
            + "responses, else as the next version (kept questions name their lineageId); 409 when stale")
    public FormDetail saveDefinition(@PathParam("id") long id, FormDraft draft) {
        return forms.saveDefinition(id, UnitResource.requireBody(draft));
    }

    @GET
    @Path("{id}/versions/{versionId}")
    @Operation(summary = "One version of the form, as its respondents saw it")
    public FormDefinition version(@PathParam("id") long id, @PathParam("versionId") long versionId) {
        return forms.version(id, versionId);
    }
}
