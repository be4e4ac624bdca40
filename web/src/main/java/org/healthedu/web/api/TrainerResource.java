package org.healthedu.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthedu.training.MyGroupView;
import org.healthedu.training.TrainerGroupService;
import org.healthedu.training.TrainerProfileService;
import org.healthedu.training.TrainerProfileView;

/** Trainer profiles: one's own (read and edit), and others' for coordinators in scope. */
@Path("trainers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "trainer groups")
public class TrainerResource {

    @Inject
    private TrainerProfileService profiles;

    @Inject
    private TrainerGroupService groups;

    @GET
    @Path("me")
    @Operation(summary = "My trainer profile: name (the account's), contact and qualifications")
    public TrainerProfileView me() {
        return profiles.mine();
    }

    @PUT
    @Path("me")
    @Operation(summary = "Save my contact and qualifications; give the version you read to avoid lost updates")
    public TrainerProfileView saveMine(ProfileChanges changes) {
        UnitResource.requireBody(changes);
        return profiles.saveMine(changes.phone(), changes.email(), changes.qualifications(),
                changes.expectedVersion());
    }

    @GET
    @Path("me/groups")
    @Operation(summary = "The trainer groups I sit in, across projects")
    public List<MyGroupView> myGroups() {
        return groups.myGroups();
    }

    @GET
    @Path("{accountId}")
    @Operation(summary = "Someone's trainer profile: one's own, or anyone's in a coordinator's scope")
    public TrainerProfileView profile(@PathParam("accountId") long accountId) {
        return profiles.profile(accountId);
    }

    /** A profile's contact and qualifications, and the version read (optional). */
    public record ProfileChanges(String phone, String email, String qualifications, Long expectedVersion) {
    }
}
