package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.account.SecondFactorEnrolment;
import org.healthedu.account.SecondFactorService;

/**
 * The caller's TOTP second factor (ADMIN, COORDINATOR). Once it is on, the account signs in to the pages with a code
 * after the password and is refused HTTP Basic on the API (401 {@code accounts.secondFactor.apiRefused}): a code per
 * request cannot work, so integrations use accounts without one. Switching it off is done on the profile page.
 */
@Path("me/second-factor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class SecondFactorResource {

    @Inject
    private SecondFactorService secondFactor;

    @Context
    private HttpServletRequest request;

    /** The proposed key sent back with a current code. */
    public record Confirmation(String secret, String code) {
    }

    @POST
    @Path("proposal")
    @Operation(summary = "A fresh 160-bit key (base32 and otpauth URI), not saved until confirmed")
    public SecondFactorEnrolment propose() {
        return secondFactor.propose();
    }

    @PUT
    @Operation(summary = "Switch the second factor on with the proposed key and a current code; from then on this"
            + " account is refused on the API")
    public Response enable(Confirmation confirmation) {
        Confirmation given = UnitResource.requireBody(confirmation);
        secondFactor.enable(given.secret(), given.code(), request.getRemoteAddr());
        return Response.noContent().build();
    }
}
