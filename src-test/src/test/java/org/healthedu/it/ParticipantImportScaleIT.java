package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.it.EnrolmentFixtures.baodongBatch;
import static org.healthedu.it.EnrolmentFixtures.uniqueName;
import static org.healthedu.it.EnrolmentFixtures.wuxiProject;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Importing 10,000 participants into one batch: the preview and the apply must stay set-based (a query per thousand
 * names, one insert per table), and the roster and the participant search must stay quick with them in. The timings
 * are printed as a rerunnable benchmark ({@code mvn verify -Dit.test=ParticipantImportScaleIT}), not asserted.
 */
class ParticipantImportScaleIT extends AppIT {

    private static final int ROWS = 10_000;

    /** 70% parents with a phone, 30% students: adults, and children who could be under 14 with their consent. */
    private static byte[] file(String suffix) {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        StringBuilder csv = new StringBuilder("姓名,类别,性别,出生年份,手机号,学校,年级,监护人姓名,监护人关系,同意日期\n");
        for (int i = 0; i < ROWS; i++) {
            String name = "规模" + suffix + i;
            if (i % 10 < 7) {
                csv.append(name).append(",家长,").append(i % 2 == 0 ? "女" : "男").append(",,")
                        .append(String.format("139%08d", i)).append(",,,,,\n");
            } else if (i % 10 < 9) {
                csv.append(name).append(",学生,女,").append(year - 20).append(",,江南大学,大二,,,\n");
            } else {
                csv.append(name).append(",学生,男,").append(year - 11).append(",,民丰小学,五年级,")
                        .append(name).append("的母亲,母亲,").append(year).append("-01-05\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void tenThousandParticipantsArePreviewedAndImportedQuickly() {
        Api wuxi = api("wuxi.coord");
        long batch = baodongBatch(wuxi, wuxiProject(wuxi), ROWS);
        String suffix = uniqueName("");
        byte[] file = file(suffix);
        String path = "api/v1/batches/" + batch + "/import/";
        timed("baseline: /me (Basic login only)", () -> wuxi.get("api/v1/me"));

        Api.Reply preview = timed("preview, 10,000 new rows", () -> wuxi.postBytes(path + "preview?filename=p.csv",
                "text/csv", file));
        assertThat(preview.status()).as(preview.body().substring(0, Math.min(500, preview.body().length())))
                .isEqualTo(200);
        assertThat(preview.object().getInt("validRows")).isEqualTo(ROWS);

        Api.Reply applied = timed("apply (all), 10,000 rows", () -> wuxi.postBytes(path + "apply?filename=p.csv"
                + "&mode=all", "text/csv", file));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.object().getInt("created")).isEqualTo(ROWS);
        assertThat(applied.object().getInt("consents")).isEqualTo(ROWS / 10);
        assertThat(Db.count("select count(*) from enrolment where batch_id = ? and status = 'ACTIVE'", batch))
                .isEqualTo(ROWS);

        Api.Reply again = timed("preview, 10,000 likely duplicates", () -> wuxi.postBytes(path
                + "preview?filename=p.csv", "text/csv", file));
        assertThat(again.object().getInt("errorRows")).isEqualTo(ROWS);

        timed("roster, first page of 10,000", () -> wuxi.get("api/v1/batches/" + batch + "/enrolments?limit=50"));
        timed("roster, name search", () -> wuxi.get("api/v1/batches/" + batch + "/enrolments?q=" + suffix + "777"));
        Api.Reply search = timed("participants, name search in Wuxi", () -> wuxi.get("api/v1/participants?q="
                + suffix + "999"));
        assertThat(search.object().getInt("total")).isEqualTo(11);
        timed("participants, first page in Wuxi", () -> wuxi.get("api/v1/participants?limit=50"));
    }

    private static Api.Reply timed(String what, Supplier<Api.Reply> call) {
        long start = System.nanoTime();
        Api.Reply reply = call.get();
        System.out.printf("BENCHMARK %-40s %8.1f ms (status %d, %d KB answer)%n", what,
                (System.nanoTime() - start) / 1e6, reply.status(), reply.body().length() / 1024);
        return reply;
    }
}
