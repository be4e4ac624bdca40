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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.enrolment.ConsentDraft;
import org.healthedu.enrolment.EnrolmentView;
import org.healthedu.enrolment.ParticipantChanges;
import org.healthedu.enrolment.ParticipantDraft;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.enrolment.ParticipantService;
import org.healthedu.enrolment.ParticipantView;
import org.healthedu.privacy.ErasureRequest;
import org.healthedu.privacy.ErasureResult;
import org.healthedu.privacy.PersonalDataService;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/**
 * Participants in the caller's scope (admins and coordinators) and their guardians' consent. Kinds are PARENT,
 * STUDENT, PEER_EDUCATOR, OTHER; genders FEMALE, MALE; the birth year is a year only. No phone is accepted for anyone
 * who could be under 18, and anyone who could be under 14 needs a recorded consent before enrolment.
 */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants")
public class ParticipantResource {

    @Inject
    private ParticipantService participants;

    @Inject
    private PersonalDataService personalData;

    @GET
    @Operation(summary = "Participants in scope (below unitId when given) whose name contains q, of one kind or all, "
            + "by name, a page at a time")
    public Page<ParticipantView> list(@QueryParam("q") String query, @QueryParam("kind") String kind,
            @QueryParam("unitId") Long unitId, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return participants.listParticipants(query, parseKind(kind), unitId, offset, limit);
    }

    @POST
    @Operation(summary = "Register a participant of a unit (or site) in scope; a minor's guardian consent may be "
            + "given with it")
    public Response create(ParticipantDraft draft, @Context UriInfo uri) {
        ParticipantView created = participants.createParticipant(UnitResource.requireBody(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public ParticipantView get(@PathParam("id") long id) {
        return participants.getParticipant(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a participant's details, unit or site; give the version you read to avoid lost "
            + "updates. An anonymised participant cannot be changed")
    public ParticipantView update(@PathParam("id") long id, ParticipantChanges changes) {
        return participants.updateParticipant(id, UnitResource.requireBody(changes));
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(summary = "A participant's enrolments, latest first: batches joined, moved between and left")
    public List<EnrolmentView> enrolments(@PathParam("id") long id) {
        return participants.enrolmentsOf(id);
    }

    @POST
    @Path("{id}/consent")
    @Operation(summary = "Record a guardian's consent for a minor: guardian name, relation, date signed (ISO) and "
            + "consent text version; one consent is in force at a time")
    public ParticipantView recordConsent(@PathParam("id") long id, ConsentDraft consent) {
        return participants.recordConsent(id, UnitResource.requireBody(consent));
    }

    @POST
    @Path("{id}/consent/withdraw")
    @Operation(summary = "The guardian withdraws consent: active enrolments end, the participant's name, phone, "
            + "school and grade are blanked for good; counts stay")
    public ParticipantView withdrawConsent(@PathParam("id") long id) {
        return participants.withdrawConsent(id);
    }

    @GET
    @Path("{id}/personal-data")
    @Operation(summary = "Everything held about the participant (export on request), table by table, as a JSON "
            + "attachment; lang=en or zh with format=pdf for a readable PDF. Audited")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    public Response personalData(@PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("lang") String lang) {
        if ("pdf".equalsIgnoreCase(format)) {
            return Downloads.attachment(personalData.exportPdf(id, "en".equalsIgnoreCase(lang)));
        }
        if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format)) {
            throw DomainException.invalid("format", "privacy.format.unknown");
        }
        return Response.ok(personalData.export(id), MediaType.APPLICATION_JSON_TYPE)
                .header(jakarta.ws.rs.core.HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.contentDisposition("personal-data-" + id + ".json"))
                .header(jakarta.ws.rs.core.HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @POST
    @Path("{id}/erasure")
    @Operation(summary = "Erase the participant's personal fields on request (with a reason): name, phone, school, "
            + "grade, guardian's name, notes and linked free-text feedback; rows and counts stay, the participant is "
            + "called \"已删除 #id\". A second erasure is a no-op answered 200 with alreadyErased true. Optional "
            + "files: ids of uploaded files from the export's stored_file list that were checked to show the person; "
            + "their content is removed (downloads then answer 410). Audited")
    public ErasureResult erase(@PathParam("id") long id, ErasureRequest request) {
        return personalData.erase(id, request);
    }

    /** The kind filter: blank is none; an unknown name is the caller's mistake, not a missing page. */
    static ParticipantKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ParticipantKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("kind", "participant.kind.unknown");
        }
    }
}
