package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.audit.AuditChangeView;
import org.healthedu.audit.AuditEventView;
import org.healthedu.audit.AuditFilter;
import org.healthedu.audit.AuditTrail;
import org.healthedu.shared.Page;

/**
 * The audit trail: security events and changes, newest first, filtered and paged; scoped like the trail page. A
 * request for the first page (offset 0) counts as opening the trail and is itself recorded (AUDIT_VIEWED).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit trail")
public class AuditResource {

    @Inject
    private AuditTrail trail;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("events")
    @Operation(summary = "Security events (admins: all; coordinators: their subtree), filtered by days (from, to), "
            + "kind, actor (username) and target (targetType, targetId)")
    public Page<AuditEventView> events(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("kind") String kind, @QueryParam("actor") String actor,
            @QueryParam("targetType") String targetType, @QueryParam("targetId") Long targetId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        AuditFilter filter = new AuditFilter(QueryParams.date("from", from), QueryParams.date("to", to), blankless(kind),
                blankless(actor), blankless(targetType), targetId);
        return trail.events(filter, offset, limit, offset == 0, request.getRemoteAddr());
    }

    @GET
    @Path("changes")
    @Operation(summary = "Changes with who, when and each changed column before and after (admins: all; "
            + "coordinators: their subtree), filtered by days, table, actor and row id. table=project, "
            + "completion_report or courseware with id gives that record's history to anyone who may see it")
    public Page<AuditChangeView> changes(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("table") String table, @QueryParam("actor") String actor, @QueryParam("id") Long id,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        String address = request.getRemoteAddr();
        if (id != null && from == null && to == null && blankless(actor) == null && AuditTrail.hasHistory(table)) {
            return trail.history(table, id, offset, limit, offset == 0, address);
        }
        AuditFilter filter = new AuditFilter(QueryParams.date("from", from), QueryParams.date("to", to),
                blankless(table), blankless(actor), null, id);
        return trail.changes(filter, offset, limit, offset == 0, address);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
