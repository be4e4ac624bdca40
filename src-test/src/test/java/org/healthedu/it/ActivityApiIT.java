package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.ActivityFixture.JINXING_SITE;
import static org.healthedu.it.ActivityFixture.JINXING_UNIT;
import static org.healthedu.it.ActivityFixture.MINFENG_SITE;
import static org.healthedu.it.ActivityFixture.MINFENG_UNIT;
import static org.healthedu.it.ActivityFixture.countByTopic;
import static org.healthedu.it.ActivityFixture.lecture;
import static org.healthedu.it.ActivityFixture.logged;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_SITE;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_UNIT;
import static org.healthedu.it.EnrolmentFixtures.siteId;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Activities counted by headcount through the API: logging, editing, removing, validation, scope and evidence. */
class ActivityApiIT extends AppIT {

    private static final String BREAKDOWN = "\"female\":350,\"male\":0,\"ageUnder14\":200,\"age14to17\":150";

    @Test
    void aCoordinatorLogsListsChangesAndRemovesALecture() {
        Api wuxi = api("wuxi.coord");
        String topic = "青春期讲座-" + uniqueCode("T");
        long site = siteId(MINFENG_UNIT, MINFENG_SITE);
        Api.Reply created = wuxi.post("api/v1/activities", lecture(site, "2026-10-15", topic, 350, BREAKDOWN));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject activity = created.object();
        long id = created.id();
        assertThat(activity.getString("unitName")).isEqualTo("民丰小学计生协");
        assertThat(activity.getString("siteName")).isEqualTo(MINFENG_SITE);
        assertThat(activity.getInt("female")).isEqualTo(350);
        assertThat(activity.getInt("sexUnknown")).as("an empty 'unknown' counts as 0").isZero();
        assertThat(activity.getInt("ageUnknown")).isZero();
        assertThat(activity.getString("recordedBy")).isEqualTo("无锡协调员");

        JsonObject page = api("wuxi.observer").get("api/v1/activities?type=LECTURE&from=2026-10-15&to=2026-10-15"
                + "&unitId=" + Db.unitId(MINFENG_UNIT)).object();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("topic")).contains(topic);
        assertThat(api("wuxi.observer").get("api/v1/activities?type=CAMPAIGN&unitId=" + Db.unitId(MINFENG_UNIT)
                + "&from=2026-10-15&to=2026-10-15").object().getJsonArray("items")).isEmpty();

        long version = activity.getJsonNumber("version").longValue();
        Api.Reply changed = wuxi.put("api/v1/activities/" + id, lecture(site, "2026-10-15", topic, 340,
                "\"female\":340,\"expectedVersion\":" + version));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.object().getInt("headcount")).isEqualTo(340);
        assertThat(Db.value("select age_under14 from activity where id = ?", id))
                .as("the age breakdown left out is gone").isNull();
        assertProblem(wuxi.put("api/v1/activities/" + id, lecture(site, "2026-10-15", topic, 300,
                "\"expectedVersion\":" + version)), 409, "error.staleEdit");

        long current = changed.object().getJsonNumber("version").longValue();
        assertProblem(wuxi.delete("api/v1/activities/" + id + "?version=" + version), 409, "error.staleEdit");
        assertThat(wuxi.delete("api/v1/activities/" + id + "?version=" + current).status()).isEqualTo(204);
        assertProblem(wuxi.get("api/v1/activities/" + id), 404, "activity.notFound");
        assertThat(Db.count("select count(*) from activity where id = ? and deleted_at is not null "
                + "and deleted_by = (select id from account where username = 'wuxi.coord')", id)).isEqualTo(1);
    }

    @Test
    void brokenCountsAreRefusedNamingTheFieldAndNothingIsStored() {
        Api wuxi = api("wuxi.coord").inEnglish();
        String topic = "错误人数-" + uniqueCode("T");
        long site = siteId(MINFENG_UNIT, MINFENG_SITE);

        Api.Reply sex = wuxi.post("api/v1/activities", lecture(site, "2026-10-16", topic, 350,
                "\"female\":300,\"male\":40"));
        assertProblem(sex, 400, "activity.sexBreakdown.sum", "sexBreakdown");
        assertThat(sex.string("detail")).contains("340").contains("350").contains("sex");
        Api.Reply age = wuxi.post("api/v1/activities", lecture(site, "2026-10-16", topic, 350,
                "\"ageUnder14\":100,\"age14to17\":100"));
        assertProblem(age, 400, "activity.ageBreakdown.sum", "ageBreakdown");
        assertThat(age.string("detail")).contains("200").contains("350").contains("age");

        assertProblem(wuxi.post("api/v1/activities", lecture(site, "2026-10-16", topic, -5, "")), 400,
                "activity.count.range", "headcount");
        assertProblem(wuxi.post("api/v1/activities", lecture(site, "2026-10-16", topic, 350,
                "\"female\":-1,\"male\":351")), 400, "activity.count.range", "female");
        assertProblem(wuxi.post("api/v1/activities", lecture(site, "2026-10-16", topic, 100_001, "")), 400,
                "activity.count.range", "headcount");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        assertProblem(wuxi.post("api/v1/activities", lecture(site, tomorrow, topic, 30, "")), 400,
                "activity.date.future", "heldOn");
        assertProblem(wuxi.post("api/v1/activities", lecture(site, "2026-10-16", " ", 30, "")), 400,
                "error.required", "topic");
        assertProblem(wuxi.post("api/v1/activities", lecture(site, "2026-10-16", topic, 30, "")
                .replace("GIRLS", "ALIENS")), 400, "activity.audience.unknown", "audience");

        Api.Reply project = wuxi.post("api/v1/projects", "{\"code\":\"" + uniqueCode("ACT")
                + "\",\"nameZh\":\"春季讲座项目\",\"funderUnitId\":" + Db.unitId("CFPA") + ",\"ownerUnitId\":"
                + Db.unitId("JS-WX") + ",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-06-30\"}");
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        assertProblem(wuxi.post("api/v1/activities", lecture(site, "2026-08-01", topic, 30,
                "\"projectId\":" + project.id())), 400, "activity.date.outsidePeriod", "heldOn");
        long guiyangUnit = Db.unitId("HN-CZ-GY");
        assertProblem(api("admin").post("api/v1/activities", ActivityFixture.atUnit("LECTURE", guiyangUnit,
                "2026-05-01", topic, 30, "\"projectId\":" + project.id())), 400, "activity.project.outsideScope",
                "projectId");
        assertThat(countByTopic(topic)).as("nothing stored").isZero();

        logged(wuxi, lecture(site, "2026-05-01", topic, 30, "\"projectId\":" + project.id()));
        assertThat(countByTopic(topic)).isEqualTo(1);
    }

    @Test
    void scopeDecidesWhoSeesAndWhoLogs() {
        String topic = "范围-" + uniqueCode("T");
        long wuxiActivity = logged(api("wuxi.coord"), lecture(siteId(JINXING_UNIT, JINXING_SITE), "2026-10-20",
                topic, 120, ""));
        Api guiyang = api("guiyang.coord");
        assertProblem(guiyang.get("api/v1/activities/" + wuxiActivity), 403, "error.forbidden");
        assertProblem(guiyang.put("api/v1/activities/" + wuxiActivity, lecture(siteId(JINXING_UNIT, JINXING_SITE),
                "2026-10-20", topic, 1, "")), 403, "error.forbidden");
        assertProblem(guiyang.delete("api/v1/activities/" + wuxiActivity), 403, "error.forbidden");
        assertThat(guiyang.get("api/v1/activities?from=2026-10-20&to=2026-10-20&limit=200").object()
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("topic"))
                .doesNotContain(topic);
        assertProblem(guiyang.post("api/v1/activities", lecture(siteId(JINXING_UNIT, JINXING_SITE), "2026-10-20",
                topic, 5, "")), 403, "error.forbidden");

        Api trainer = api("baodong.trainer");
        long own = logged(trainer, lecture(siteId(BAODONG_UNIT, BAODONG_SITE), "2026-10-20", topic, 40, ""));
        assertProblem(trainer.post("api/v1/activities", lecture(siteId(JINXING_UNIT, JINXING_SITE), "2026-10-20",
                topic, 5, "")), 403, "error.forbidden");
        assertProblem(trainer.put("api/v1/activities/" + wuxiActivity, lecture(siteId(JINXING_UNIT, JINXING_SITE),
                "2026-10-20", topic, 1, "")), 403, "error.forbidden");
        assertThat(trainer.put("api/v1/activities/" + own, lecture(siteId(BAODONG_UNIT, BAODONG_SITE),
                "2026-10-20", topic, 42, "")).status()).isEqualTo(200);
        assertProblem(api("wuxi.observer").post("api/v1/activities", lecture(siteId(JINXING_UNIT, JINXING_SITE),
                "2026-10-20", topic, 5, "")), 403, "error.forbidden");
        assertThat(api("wuxi.observer").get("api/v1/activities/" + own).object().getInt("headcount")).isEqualTo(42);
        assertThat(countByTopic(topic)).isEqualTo(2);
    }

    @Test
    void photosAreKeptByWhatTheyAreNotByTheirName() {
        Api wuxi = api("wuxi.coord");
        long id = logged(wuxi, lecture(siteId(MINFENG_UNIT, MINFENG_SITE), "2026-10-21", "带照片-" + uniqueCode("T"),
                350, ""));
        byte[] png = ActivityFixture.png();
        Api.Reply photo = wuxi.postBytes("api/v1/activities/" + id + "/evidence?filename=%E7%8E%B0%E5%9C%BA.png",
                "image/png", png);
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        Api.Reply sheet = wuxi.postBytes("api/v1/activities/" + id + "/evidence?filename=sheet.jpg",
                "application/octet-stream", ActivityFixture.jpeg());
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(201);
        assertProblem(wuxi.postBytes("api/v1/activities/" + id + "/evidence?filename=fake.jpg", "image/jpeg",
                "签到表：张三 李四".getBytes(StandardCharsets.UTF_8)), 400, "error.file.type", "file");

        JsonArray files = (JsonArray) api("wuxi.observer").get("api/v1/activities/" + id + "/evidence").json();
        assertThat(files).hasSize(2);
        assertThat(files.getJsonObject(0).getString("fileName")).isEqualTo("现场.png");
        assertThat(files.getJsonObject(1).getString("contentType")).isEqualTo("image/jpeg");
        assertThat(wuxi.get("api/v1/activities/" + id).object().getInt("evidenceCount")).isEqualTo(2);

        HttpResponse<byte[]> download = api("wuxi.observer").download("api/v1/activities/" + id + "/evidence/"
                + files.getJsonObject(0).getInt("id"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.body()).isEqualTo(png);
        assertThat(api("guiyang.coord").download("api/v1/activities/" + id + "/evidence/"
                + files.getJsonObject(0).getInt("id")).statusCode()).isEqualTo(403);
    }
}
