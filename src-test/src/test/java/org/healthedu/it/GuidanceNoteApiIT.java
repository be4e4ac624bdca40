package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Guidance notes: observers write on sessions that took place; the site's trainers and managers read them. */
class GuidanceNoteApiIT extends AppIT {

    @Test
    void anObserverWritesAndTheLecturersReadButTrainersCannotWrite() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        long session = Marks.session(fixture, 1, "2026-09-05", "HELD");
        String path = "api/v1/sessions/" + session + "/guidance-notes";

        Api.Reply added = api("wuxi.observer").post(path,
                "{\"observed\":\"家长参与积极\\n情景演练效果好\",\"suggestions\":\"分小组讨论\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.object().getString("authorName")).isEqualTo("无锡指导组");

        assertProblem(api("baodong.trainer").post(path, "{\"observed\":\"我自己写的\"}"), 403, "error.forbidden");
        assertProblem(api("wuxi.observer").post(path, "{\"observed\":\"  \"}"), 400, "error.required", "observed");

        JsonArray seen = (JsonArray) api("baodong.lecturer2").get(path).json();
        assertThat(seen).hasSize(1);
        JsonObject note = seen.getJsonObject(0);
        assertThat(note.getString("observed")).isEqualTo("家长参与积极\n情景演练效果好");
        assertThat(note.getString("suggestions")).isEqualTo("分小组讨论");
        assertThat(((JsonArray) api("wuxi.coord").get(path).json())).hasSize(1);
        assertProblem(api("guiyang.coord").get(path), 403, "error.forbidden");
        assertProblem(api("wuxi.observer").get("api/v1/sessions/999999999/guidance-notes"), 404, "session.notFound");
    }

    @Test
    void noNotesOnASessionThatHasNotTakenPlace() {
        SessionFixture fixture = SessionFixture.create(this, 0);
        long future = Marks.session(fixture, 2, "2026-12-20", "PLANNED");
        assertProblem(api("wuxi.observer").post("api/v1/sessions/" + future + "/guidance-notes",
                "{\"observed\":\"还没上课\"}"), 409, "guidance.notHeld");
        long cancelled = Marks.session(fixture, 3, "2026-09-12", "CANCELLED");
        assertProblem(api("wuxi.observer").post("api/v1/sessions/" + cancelled + "/guidance-notes",
                "{\"observed\":\"取消了\"}"), 409, "guidance.notHeld");
    }
}
