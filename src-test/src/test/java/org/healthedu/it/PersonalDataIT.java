package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A participant's export and erasure on request: the export holds everything (and nothing anonymous), as JSON and as
 * a PDF, for a coordinator in scope only; the erasure leaves no personal value anywhere in the database while every
 * count and figure stays the same; both are audited without personal data.
 */
class PersonalDataIT extends AppIT {

    private static long audits(String kind, long participant) {
        return Db.count("select count(*) from audit_event where kind = ? and target_type = 'participant' "
                + "and target_id = ?", kind, participant);
    }

    private static JsonArray table(JsonObject export, String name) {
        return export.getJsonObject("tables").getJsonArray(name);
    }

    @Test
    void theExportHoldsEverythingAboutThePersonAndNothingAnonymous() {
        PrivacyFixture f = PrivacyFixture.create(this);
        Api wuxi = api("wuxi.coord");
        Api.Reply reply = wuxi.get("api/v1/participants/" + f.person() + "/personal-data");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("Content-Disposition")).startsWith("attachment;")
                .contains("personal-data-" + f.person() + ".json");
        JsonObject export = reply.object();
        assertThat(export.getString("label")).isEqualTo(f.name());
        JsonObject person = table(export, "participant").getJsonObject(0);
        assertThat(person.getString("display_name")).isEqualTo(f.name());
        assertThat(person.getString("phone")).isEqualTo(f.phone());
        assertThat(person.getString("school")).isEqualTo(f.marker() + "学校");
        assertThat(table(export, "guardian_consent").getJsonObject(0).getString("guardian_name"))
                .isEqualTo("李" + f.marker());
        JsonObject enrolment = table(export, "enrolment").getJsonObject(0);
        assertThat(enrolment.getString("batch")).isEqualTo("场次测试批次");
        assertThat(enrolment.getString("project")).isNotBlank();
        assertThat(enrolment.getString("end_reason")).isEqualTo(f.marker() + "原因");
        assertThat(table(export, "attendance")).hasSize(5);
        assertThat(table(export, "attendance").stream().map(JsonValue::asJsonObject)
                .filter(a -> !a.isNull("note")).map(a -> a.getString("note"))).containsExactly(f.marker() + "备注");
        assertThat(table(export, "attendance_change").getJsonObject(0).getString("new_note"))
                .isEqualTo(f.marker() + "新");
        assertThat(table(export, "peer_host")).hasSize(1);
        assertThat(table(export, "account").getJsonObject(0).getString("display_name")).isEqualTo(f.name());
        assertThat(table(export, "feedback_ticket")).hasSize(1);
        assertThat(table(export, "feedback_response")).hasSize(1);
        assertThat(table(export, "feedback_answer").getJsonObject(0).getString("text_value"))
                .isEqualTo(f.marker() + "反馈");
        assertThat(reply.body()).doesNotContain(f.anonymousMarker());

        HttpResponse<byte[]> pdf = wuxi.download("api/v1/participants/" + f.person() + "/personal-data?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> english = wuxi.download("api/v1/participants/" + f.person()
                + "/personal-data?format=pdf&lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body().length).isGreaterThan(1000);
        assertProblem(wuxi.get("api/v1/participants/" + f.person() + "/personal-data?format=xml"), 400,
                "privacy.format.unknown", "format");

        assertThat(audits("PERSONAL_DATA_EXPORTED", f.person())).isEqualTo(3);
        String details = Db.rows("select string_agg(details::text, ' ') from audit_event where target_type = "
                + "'participant' and target_id = ?", f.person()).get(0).get(0).toString();
        assertThat(details).doesNotContain(f.marker()).doesNotContain(f.phone());
    }

    @Test
    void onlyACoordinatorInScopeOrAnAdminMayExportOrErase() {
        PrivacyFixture f = PrivacyFixture.create(this);
        String base = "api/v1/participants/" + f.person();
        for (String username : new String[] {"baodong.trainer", "guiyang.coord", "wuxi.observer"}) {
            Api other = api(username);
            assertThat(other.get(base + "/personal-data").status()).as(username).isEqualTo(403);
            assertThat(other.download(base + "/personal-data?format=pdf").statusCode()).as(username).isEqualTo(403);
            assertThat(other.post(base + "/erasure", "{\"reason\":\"试探\"}").status()).as(username).isEqualTo(403);
        }
        assertThat(api("wuxi.coord").get("api/v1/participants/987654321/personal-data").status()).isEqualTo(404);
        assertThat(api("wuxi.coord").post("api/v1/participants/987654321/erasure", "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(Db.value("select display_name from participant where id = ?", f.person())).isEqualTo(f.name());
        assertThat(audits("PERSONAL_DATA_EXPORTED", f.person()) + audits("PERSONAL_DATA_ERASED", f.person()))
                .isZero();
        assertThat(api("admin").get(base + "/personal-data").status()).isEqualTo(200);
    }

    @Test
    void erasureLeavesNoPersonalValueAnywhereAndEveryCountAsItWas() {
        PrivacyFixture f = PrivacyFixture.create(this);
        Api wuxi = api("wuxi.coord");
        String base = "api/v1/participants/" + f.person();
        assertThat(PrivacyFixture.columnsContaining(f.marker())).as("the fixture has data to erase").hasSizeGreaterThan(8);
        String counts = counts(f);
        String figures = figures(wuxi, f, "");
        String baseFigures = figures(api("admin"), f, "&source=base");

        assertProblem(wuxi.post(base + "/erasure", "{\"reason\":\"  \"}"), 400, "error.required", "reason");
        assertThat(Db.value("select display_name from participant where id = ?", f.person())).isEqualTo(f.name());

        Api.Reply erased = wuxi.post(base + "/erasure", "{\"reason\":\"监护人书面申请\"}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.string("label")).isEqualTo("已删除 #" + f.person());
        assertThat(erased.object().getBoolean("alreadyErased")).isFalse();

        assertThat(PrivacyFixture.columnsContaining(f.marker())).as("columns still holding personal data").isEmpty();
        assertThat(PrivacyFixture.columnsContaining(f.phone())).isEmpty();
        assertThat(Db.count("select count(*) from feedback_answer where text_value like ?",
                f.anonymousMarker() + "%")).as("anonymous feedback kept").isEqualTo(1);
        assertThat(Db.count("select count(*) from feedback_response where participant_id = ?", f.person())).isZero();
        assertThat(Db.count("select count(*) from participant where id = ? and anonymised_at is not null",
                f.person())).isEqualTo(1);
        assertThat(Db.count("select count(*) from account a join peer_host h on h.account_id = a.id "
                + "where h.participant_id = ? and not a.active", f.person())).as("host account closed").isEqualTo(1);
        assertThat(counts(f)).isEqualTo(counts);
        assertThat(figures(wuxi, f, "")).isEqualTo(figures);
        assertThat(figures(api("admin"), f, "&source=base")).isEqualTo(baseFigures);

        JsonObject after = wuxi.get(base + "/personal-data").object();
        assertThat(after.getString("label")).isEqualTo("已删除 #" + f.person());
        assertThat(after.getBoolean("erased")).isTrue();
        assertThat(table(after, "attendance")).hasSize(5);
        assertThat(table(after, "feedback_response")).isEmpty();

        Api.Reply again = wuxi.post(base + "/erasure", "{\"reason\":\"重复申请\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.object().getBoolean("alreadyErased")).isTrue();
        assertThat(counts(f)).isEqualTo(counts);

        assertThat(audits("PERSONAL_DATA_ERASED", f.person())).isEqualTo(2);
        assertThat(Db.value("select details->>'reason' from audit_event where kind = 'PERSONAL_DATA_ERASED' "
                + "and target_id = ? order by id limit 1", f.person())).isEqualTo("监护人书面申请");
        assertThat(Db.value("select actor_username from audit_event where kind = 'PERSONAL_DATA_ERASED' "
                + "and target_id = ? order by id limit 1", f.person())).isEqualTo("wuxi.coord");
    }

    /** Enrolments, marks, responses, tickets, certifications and report rows of the fixture's batch and project. */
    private static String counts(PrivacyFixture f) {
        return Db.rows("""
                select (select count(*) from enrolment where batch_id = ?),
                       (select count(*) from attendance a join training_session s on s.id = a.session_id
                         where s.batch_id = ?),
                       (select count(*) from attendance where participant_id = ? and status = 'PRESENT'),
                       (select count(*) from feedback_response where session_id = ?),
                       (select count(*) from feedback_answer a join feedback_response r on r.id = a.response_id
                         where r.session_id = ?),
                       (select count(*) from feedback_ticket where session_id = ?),
                       (select count(*) from peer_host where project_id = ?),
                       (select count(*) from report_participant where project_id = ?),
                       (select coalesce(sum(people), 0) from report_people where project_id = ?)""",
                f.batchId(), f.batchId(), f.person(), f.session(), f.session(), f.session(), f.projectId(),
                f.projectId(), f.projectId()).get(0).toString();
    }

    private static String figures(Api as, PrivacyFixture f, String source) {
        Api.Reply reply = as.get("api/v1/figures/projects/" + f.projectId() + "/units/"
                + Db.unitId(EnrolmentFixtures.BAODONG_UNIT) + "?x=1" + source);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().get("total").toString();
    }
}
