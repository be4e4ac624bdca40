package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.EnrolmentFixtures.BAODONG_UNIT;
import static org.healthedu.it.EnrolmentFixtures.consent;
import static org.healthedu.it.EnrolmentFixtures.create;
import static org.healthedu.it.EnrolmentFixtures.enrol;
import static org.healthedu.it.EnrolmentFixtures.enrolled;
import static org.healthedu.it.EnrolmentFixtures.parent;
import static org.healthedu.it.EnrolmentFixtures.student;
import static org.healthedu.it.EnrolmentFixtures.uniqueName;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Participants and guardian consent through the REST API: minimal data, minors' rules, consent, scope. */
class ParticipantApiIT extends AppIT {

    /** Someone who could still be 13 this year (born 13 years before the current year). */
    private static final int CHILD = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 13;
    /** Someone who could still be 17 this year. */
    private static final int TEEN = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 17;
    /** Someone who is at least 18 all year. */
    private static final int ADULT = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 19;
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static long participantCount() {
        return Db.count("select count(*) from participant");
    }

    private static boolean isNull(JsonObject object, String field) {
        return object.get(field) == null || object.get(field).getValueType() == JsonValue.ValueType.NULL;
    }

    @Test
    void aCoordinatorRegistersAParentAndFindsThemByName() {
        Api wuxi = api("wuxi.coord");
        String name = uniqueName("王 秀英");
        Api.Reply created = wuxi.post("api/v1/participants", parent(name, "138-0000 1111", BAODONG_UNIT));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/participants/" + id);
        JsonObject body = created.object();
        assertThat(body.getString("displayName")).isEqualTo(name);
        assertThat(body.getString("kind")).isEqualTo("PARENT");
        assertThat(body.getString("phone")).as("stored as digits").isEqualTo("13800001111");
        assertThat(body.getString("unitNameZh")).isEqualTo("宝东社区计划生育协会");
        assertThat(body.getBoolean("consentMissing")).isFalse();
        assertThat(body.getBoolean("anonymised")).isFalse();

        Api.Reply found = wuxi.get("api/v1/participants?q=" + java.net.URLEncoder.encode(
                name.replace(" ", ""), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.object().getInt("total")).as("names match without their spaces").isEqualTo(1);
        assertThat(found.object().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                .isEqualTo(id);
        assertThat(wuxi.get("api/v1/participants?kind=STUDENT&q=" + name.substring(name.length() - 8))
                .object().getInt("total")).isZero();
        assertThat(api("yixing.coord").get("api/v1/participants/" + id).status()).as("Yixing covers Baodong")
                .isEqualTo(200);

        Api.Reply page = wuxi.get("api/v1/participants?limit=5&offset=0");
        assertThat(page.object().getJsonArray("items")).hasSize(5);
        assertThat(page.object().getInt("total")).as("the demo parents and students are in Wuxi")
                .isGreaterThanOrEqualTo(59 + 46);
    }

    @Test
    void everyBrokenRuleIsRefusedWithItsMessageAndCreatesNothing() {
        Api wuxi = api("wuxi.coord");
        long before = participantCount();
        record Case(String body, int status, String code, String field) {
        }
        List<Case> cases = List.of(
                new Case(parent(null, null, BAODONG_UNIT), 400, "error.required", "displayName"),
                new Case(parent("名".repeat(61), null, BAODONG_UNIT), 400, "error.tooLong", "displayName"),
                new Case(parent("王芳", "call me", BAODONG_UNIT), 400, "participant.phone.format", "phone"),
                new Case(student("李明", null, null, BAODONG_UNIT, null), 400, "participant.birthYear.required",
                        "birthYear"),
                new Case(student("李明", 1800, null, BAODONG_UNIT, null), 400, "participant.birthYear.range",
                        "birthYear"),
                new Case(student("李明", TEEN, "13800001111", BAODONG_UNIT, null), 400, "participant.phone.minor",
                        "phone"),
                new Case(student("李明", CHILD, "13800001111", BAODONG_UNIT, null), 400, "participant.phone.minor",
                        "phone"),
                new Case(parent("王芳", null, BAODONG_UNIT).replace("\"gender\":\"FEMALE\"",
                        "\"gender\":\"FEMALE\",\"school\":\"金星中学\""), 400, "participant.school.studentsOnly",
                        "school"),
                new Case("{\"kind\":\"PARENT\",\"displayName\":\"王芳\"}", 400, "error.required", "unitId"),
                new Case(student("李明", CHILD, null, BAODONG_UNIT, consent("2999-01-01")), 400,
                        "consent.date.future", "consentDate"),
                new Case(student("李明", CHILD, null, BAODONG_UNIT, "{\"guardianName\":\"李建国\"}"), 400,
                        "error.required", "guardianRelation"),
                new Case(student("李明", ADULT, null, BAODONG_UNIT, consent(TODAY)), 400, "consent.notMinor",
                        "consent"),
                new Case(parent("王芳", null, "HN-CZ-GY"), 403, "error.forbidden", null));
        for (Case c : cases) {
            assertProblem(wuxi.post("api/v1/participants", c.body()), c.status(), c.code(), c.field());
        }
        assertThat(wuxi.inEnglish().post("api/v1/participants", student("李明", TEEN, "13800001111", BAODONG_UNIT,
                null)).string("detail"))
                .isEqualTo("No phone number may be recorded for someone who could be under 18.");
        assertThat(wuxi.post("api/v1/participants", student("李明", TEEN, "13800001111", BAODONG_UNIT, null))
                .string("detail")).isEqualTo("可能未满18周岁的人不得登记手机号。");
        assertThat(wuxi.get("api/v1/participants?kind=TEACHER").string("code")).isEqualTo("participant.kind.unknown");
        assertThat(wuxi.post("api/v1/participants", "{\"kind\":\"ALIEN\"}").status()).isEqualTo(400);
        assertThat(wuxi.get("api/v1/participants/987654321").status()).isEqualTo(404);
        assertThat(participantCount()).as("no rule-breaking request created anything").isEqualTo(before);
    }

    @Test
    void aChildWhoCouldBeUnderFourteenIsEnrolledOnlyAfterTheGuardianConsents() {
        Api wuxi = api("wuxi.coord");
        long project = EnrolmentFixtures.wuxiProject(wuxi);
        long batch = EnrolmentFixtures.baodongBatch(wuxi, project, 30);
        String name = uniqueName("李小红");
        Api.Reply child = wuxi.post("api/v1/participants", student(name, CHILD, null, BAODONG_UNIT, null));
        assertThat(child.status()).as(child.toString()).isEqualTo(201);
        long id = child.id();
        assertThat(child.object().getBoolean("possiblyUnder14")).isTrue();
        assertThat(child.object().getBoolean("consentMissing")).isTrue();

        Api.Reply refused = enrol(wuxi, batch, id);
        assertProblem(refused, 400, "enrolment.consentRequired", "participantId");
        assertThat(refused.string("detail")).contains(name).contains("可能未满14周岁");
        assertThat(Db.count("select count(*) from enrolment where participant_id = ?", id)).isZero();

        assertProblem(wuxi.post("api/v1/participants/" + id + "/consent", consent("2999-01-01")), 400,
                "consent.date.future", "consentDate");
        Api.Reply consented = wuxi.post("api/v1/participants/" + id + "/consent", consent(TODAY));
        assertThat(consented.status()).as(consented.toString()).isEqualTo(200);
        JsonObject consent = consented.object().getJsonObject("consent");
        assertThat(consent.getString("guardianName")).isEqualTo("李建国");
        assertThat(consent.getString("relation")).isEqualTo("父亲");
        assertThat(consent.getString("consentDate")).isEqualTo(TODAY);
        assertThat(consent.getString("textVersion")).isEqualTo("2026-1");
        assertThat(consent.getString("recordedByName")).isEqualTo("无锡协调员");
        assertThat(consented.object().getBoolean("consentMissing")).isFalse();
        assertProblem(wuxi.post("api/v1/participants/" + id + "/consent", consent(TODAY)), 409,
                "consent.alreadyRecorded", "consent");

        enrolled(wuxi, batch, id);
        assertThat(Db.count("select count(*) from enrolment where participant_id = ? and status = 'ACTIVE'", id))
                .isEqualTo(1);

        long adult = create(wuxi, student(uniqueName("陈静"), ADULT, null, BAODONG_UNIT, null));
        assertProblem(wuxi.post("api/v1/participants/" + adult + "/consent", consent(TODAY)), 400,
                "consent.notMinor", "consent");
        long withConsent = create(wuxi, student(uniqueName("李小兰"), CHILD, null, BAODONG_UNIT, consent(TODAY)));
        assertThat(enrol(wuxi, batch, withConsent).status()).as("consent given at registration").isEqualTo(201);
    }

    @Test
    void withdrawingConsentEndsTheEnrolmentAndBlanksThePersonWhileTheCountsStay() {
        Api wuxi = api("wuxi.coord");
        long project = EnrolmentFixtures.wuxiProject(wuxi);
        long batch = EnrolmentFixtures.baodongBatch(wuxi, project, 30);
        String name = uniqueName("赵小雪");
        long id = create(wuxi, student(name, CHILD, null, BAODONG_UNIT, consent(TODAY)));
        enrolled(wuxi, batch, id);
        assertThat(wuxi.get("api/v1/batches/" + batch).object().getInt("activeCount")).isEqualTo(1);
        assertProblem(api("guiyang.coord").post("api/v1/participants/" + id + "/consent/withdraw", ""), 403,
                "error.forbidden", null);

        Api.Reply withdrawn = wuxi.post("api/v1/participants/" + id + "/consent/withdraw", "");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        JsonObject person = withdrawn.object();
        assertThat(person.getBoolean("anonymised")).isTrue();
        assertThat(isNull(person, "displayName")).isTrue();
        assertThat(isNull(person, "school")).isTrue();
        assertThat(isNull(person, "grade")).isTrue();
        assertThat(isNull(person, "phone")).isTrue();
        assertThat(isNull(person, "consent")).isTrue();
        assertThat(person.getString("kind")).as("what is counted stays").isEqualTo("STUDENT");
        assertThat(person.getInt("birthYear")).isEqualTo(CHILD);
        assertThat(Db.rows("select display_name, name_key, school, grade from participant where id = ?", id).get(0))
                .containsOnlyNulls();
        assertThat(Db.rows("select guardian_name, relation from guardian_consent where participant_id = ?", id)
                .get(0)).containsExactly(null, "父亲");
        assertThat(Db.count("select count(*) from participant where display_name = ?", name)).isZero();

        JsonObject counts = wuxi.get("api/v1/batches/" + batch).object();
        assertThat(counts.getInt("activeCount")).isZero();
        assertThat(counts.getInt("withdrawnCount")).as("still counted as having been in the batch").isEqualTo(1);
        JsonObject entry = wuxi.get("api/v1/batches/" + batch + "/enrolments?all=true").object()
                .getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("status")).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(entry.getBoolean("anonymised")).isTrue();
        assertThat(wuxi.get("api/v1/participants/" + id + "/enrolments").json().asJsonArray()).hasSize(1);

        assertProblem(wuxi.post("api/v1/participants/" + id + "/consent/withdraw", ""), 409, "consent.none",
                "consent");
        assertProblem(enrol(wuxi, batch, id), 409, "participant.anonymised", "participantId");
        assertProblem(wuxi.put("api/v1/participants/" + id, student("新名字", CHILD, null, BAODONG_UNIT, null)), 409,
                "participant.anonymised", null);
        assertProblem(wuxi.post("api/v1/participants/" + id + "/consent", consent(TODAY)), 409,
                "participant.anonymised", null);
    }

    @Test
    void changesAreCheckedAndAStaleEditIsRefused() {
        Api wuxi = api("wuxi.coord");
        long project = EnrolmentFixtures.wuxiProject(wuxi);
        long batch = EnrolmentFixtures.baodongBatch(wuxi, project, 30);
        long id = create(wuxi, student(uniqueName("周明"), ADULT, "13800002222", BAODONG_UNIT, null));
        long version = wuxi.get("api/v1/participants/" + id).object().getJsonNumber("version").longValue();
        enrolled(wuxi, batch, id);

        String changes = student("周明明", ADULT, null, BAODONG_UNIT, null).replace("}", ",\"expectedVersion\":"
                + version + "}");
        Api.Reply saved = wuxi.put("api/v1/participants/" + id, changes);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.string("displayName")).isEqualTo("周明明");
        assertThat(isNull(saved.object(), "phone")).isTrue();
        assertProblem(wuxi.put("api/v1/participants/" + id, changes), 409, "error.staleEdit", null);

        assertProblem(wuxi.put("api/v1/participants/" + id, student("周明明", CHILD, null, BAODONG_UNIT, null)), 400,
                "participant.consentNeededForEnrolments", "birthYear");
        assertProblem(wuxi.put("api/v1/participants/" + id, student("周明明", TEEN, "13800002222", BAODONG_UNIT,
                null)), 400, "participant.phone.minor", "phone");
        assertThat(Db.rows("select display_name, birth_year from participant where id = ?", id).get(0))
                .containsExactly("周明明", ADULT);
    }

    @Test
    void aCoordinatorOfOneCountyNeitherSeesNorChangesAnotherCountysParticipants() {
        Api wuxi = api("wuxi.coord");
        Api guiyang = api("guiyang.coord");
        String name = uniqueName("钱丽华");
        long id = create(wuxi, parent(name, "13900003333", BAODONG_UNIT));
        long theirs = create(guiyang, parent(uniqueName("桂阳家长"), null, "HN-CZ-GY-LF"));

        for (Api.Reply reply : List.of(guiyang.get("api/v1/participants/" + id),
                guiyang.get("api/v1/participants/" + id + "/enrolments"),
                guiyang.put("api/v1/participants/" + id, parent("改名", null, BAODONG_UNIT)),
                guiyang.post("api/v1/participants/" + id + "/consent", consent(TODAY)),
                guiyang.get("api/v1/participants?unitId=" + Db.unitId("JS-WX")),
                guiyang.put("api/v1/participants/" + theirs, parent("搬到无锡", null, BAODONG_UNIT)),
                api("baodong.trainer").get("api/v1/participants/" + id),
                api("wuxi.observer").get("api/v1/participants?q=" + name))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        }
        assertThat(guiyang.get("api/v1/participants?q=" + name).object().getInt("total")).isZero();
        assertThat(guiyang.get("api/v1/participants?limit=200").object().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("unitNameZh")).distinct().toList())
                .allMatch(unit -> !unit.contains("无锡") && !unit.contains("宝东"));
        assertThat(Db.value("select display_name from participant where id = ?", id)).isEqualTo(name);
        assertThat(Db.value("select u.code from participant p join organisation_unit u on u.id = p.unit_id"
                + " where p.id = ?", theirs)).isEqualTo("HN-CZ-GY-LF");
    }
}
