package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import org.healthedu.account.AccountAdminService;
import org.healthedu.account.AccountChanges;
import org.healthedu.account.AccountDraft;
import org.healthedu.account.AccountFilter;
import org.healthedu.account.AccountView;
import org.healthedu.account.IssuedPassword;
import org.healthedu.account.Role;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;

/**
 * Account administration (ADMIN: every account; COORDINATOR: their subtree, roles up to their own). Creating an
 * account and resetting a password answer the one-time temporary password, this once.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountResource {

    @Inject
    private AccountAdminService accounts;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The accounts in the caller's scope, by username; filter by text (name or username), role,"
            + " unit (its subtree) and active")
    public Page<AccountView> list(@QueryParam("q") String text, @QueryParam("role") String role,
            @QueryParam("unitId") Long unitId, @QueryParam("active") Boolean active,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return accounts.list(new AccountFilter(text, role(role), unitId, active), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account in scope")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @Operation(summary = "Create an account (username, displayName, role, unitId; never HOST): answers it with its"
            + " one-time temporary password, to be changed at the first sign-in")
    public Response create(AccountDraft draft, @Context UriInfo uri) {
        IssuedPassword issued = accounts.create(UnitResource.requireBody(draft), request.getRemoteAddr());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.account().id())).build())
                .entity(issued).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account's display name, role or unit (not the caller's own role)")
    public AccountView change(@PathParam("id") long id, AccountChanges changes) {
        return accounts.change(id, UnitResource.requireBody(changes), request.getRemoteAddr());
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate an account (not the caller's own): it can no longer sign in")
    public AccountView deactivate(@PathParam("id") long id) {
        return accounts.deactivate(id, request.getRemoteAddr());
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate an account")
    public AccountView reactivate(@PathParam("id") long id) {
        return accounts.reactivate(id, request.getRemoteAddr());
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(summary = "A new one-time temporary password (answered once): the old one stops working, the account's"
            + " sessions end, and the owner must change it at the next sign-in")
    public IssuedPassword resetPassword(@PathParam("id") long id) {
        return accounts.resetPassword(id, request.getRemoteAddr());
    }

    private static Role role(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("role", "accounts.role.unknown");
        }
    }
}
