package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.healthedu.account.AccountService;
import org.healthedu.account.Caller;

/** Who the API sees: the identity as the service layer (EJB) resolves it, with role and scope unit. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private AccountService accounts;

    @GET
    @Operation(summary = "The calling account, its role and its scope unit")
    public MeView me() {
        Caller c = accounts.me();
        return new MeView(c.username(), c.displayName(), c.role().name(), c.unitId(), c.unitNameZh(), c.unitNameEn(),
                c.locale().tag());
    }

    public record MeView(String username, String displayName, String role, long unitId, String unitNameZh,
            String unitNameEn, String locale) {
    }
}
