package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.ActivityFixture.MINFENG_SITE;
import static org.healthedu.it.ActivityFixture.MINFENG_UNIT;
import static org.healthedu.it.ActivityFixture.lecture;
import static org.healthedu.it.ActivityFixture.logged;
import static org.healthedu.it.EnrolmentFixtures.siteId;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

/**
 * One photo or sign-in sheet uploaded by mistake is removed from an activity, file and bytes, by whoever may edit the
 * activity; the others stay, and nobody else can remove anything.
 */
class ActivityEvidenceApiIT extends AppIT {

    @Test
    void onePieceOfEvidenceIsRemovedByWhoMayEditTheActivity() {
        Api wuxi = api("wuxi.coord");
        long site = siteId(MINFENG_UNIT, MINFENG_SITE);
        long id = logged(wuxi, lecture(site, "2026-10-23", "删照片-" + uniqueCode("T"), 80, ""));
        long other = logged(wuxi, lecture(site, "2026-10-23", "另一场-" + uniqueCode("T"), 30, ""));
        long photo = wuxi.postBytes("api/v1/activities/" + id + "/evidence?filename=wrong.png", "image/png",
                ActivityFixture.png()).id();
        long sheet = wuxi.postBytes("api/v1/activities/" + id + "/evidence?filename=sheet.jpg", "image/jpeg",
                ActivityFixture.jpeg()).id();
        long elsewhere = wuxi.postBytes("api/v1/activities/" + other + "/evidence?filename=other.png", "image/png",
                ActivityFixture.png()).id();
        String path = "api/v1/activities/" + id + "/evidence/";

        assertProblem(api("wuxi.observer").delete(path + photo), 403, "error.forbidden");
        assertProblem(api("guiyang.coord").delete(path + photo), 403, "error.forbidden");
        assertProblem(api("baodong.trainer").delete(path + photo), 403, "error.forbidden");
        assertProblem(wuxi.delete(path + elsewhere), 404, "activity.evidence.notFound");
        assertThat(Db.count("select count(*) from activity_evidence where activity_id in (?, ?)", id, other))
                .isEqualTo(3);

        assertThat(wuxi.delete(path + photo).status()).isEqualTo(204);
        JsonArray left = (JsonArray) wuxi.get(path.substring(0, path.length() - 1)).json();
        assertThat(left.stream().map(f -> f.asJsonObject().getJsonNumber("id").longValue())).containsExactly(sheet);
        assertThat(wuxi.get("api/v1/activities/" + id).object().getInt("evidenceCount")).isOne();
        assertThat(Db.count("select count(*) from stored_file where id = ?", photo)).as("the file goes too").isZero();
        assertThat(Db.count("select count(*) from stored_file_content where file_id = ?", photo)).isZero();
        assertThat(wuxi.download(path + photo).statusCode()).isEqualTo(404);
        assertProblem(wuxi.delete(path + photo), 404, "activity.evidence.notFound");
        assertThat(((JsonArray) wuxi.get("api/v1/activities/" + other + "/evidence").json())).hasSize(1);
    }
}
