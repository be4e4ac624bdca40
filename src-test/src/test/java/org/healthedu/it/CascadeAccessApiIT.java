package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the cascade's menu entries are for (hosts; teachers and coordinators who supervise or certify), and the site's
 * teachers seeing every host of their site, not only those they supervise.
 */
class CascadeAccessApiIT extends AppIT {

    private static List<Long> hostIds(Api as) {
        return as.get("api/v1/hosts?limit=200").object().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static long demoHost(String username) {
        return ((Number) Db.value("select h.id from peer_host h join account a on a.id = h.account_id"
                + " where a.username = ?", username)).longValue();
    }

    @Test
    void theMenuEntriesGoToWhoeverCanUseThem() {
        JsonObject host = api("wxit.host").get("api/v1/hosts/roles").object();
        assertThat(host.getBoolean("host")).isTrue();
        assertThat(host.getBoolean("certifies")).isFalse();

        JsonObject supervisor = api("wxit.lecturer").get("api/v1/hosts/roles").object();
        assertThat(supervisor.getBoolean("host")).isFalse();
        assertThat(supervisor.getBoolean("supervises")).as("the demo's hosts' supervisor").isTrue();

        JsonObject coordinator = api("guiyang.coord").get("api/v1/hosts/roles").object();
        assertThat(coordinator.getBoolean("certifies")).isTrue();
        assertThat(coordinator.getBoolean("supervises")).isFalse();

        JsonObject observer = api("wuxi.observer").get("api/v1/hosts/roles").object();
        assertThat(observer.getBoolean("host") || observer.getBoolean("supervises")
                || observer.getBoolean("certifies")).as(observer.toString()).isFalse();
    }

    @Test
    void aSiteTeacherSeesEveryHostOfTheirSite() {
        HostFixture training = HostFixture.create(this, 1);
        // Supervised by baodong.trainer; baodong.lecturer2 teaches the host training at the same site.
        HostFixture.Host host = training.host(this, 0);
        assertThat(hostIds(api("baodong.trainer"))).contains(host.id());
        assertThat(hostIds(api("baodong.lecturer2"))).contains(host.id())
                .doesNotContain(demoHost("jiangnan.host"), demoHost("wxit.host"));
        JsonObject record = api("baodong.lecturer2").get("api/v1/hosts/" + host.id()).object();
        assertThat(record.getString("name")).isNotBlank();
        assertThat(api("baodong.lecturer2").get("api/v1/hosts/roles").object().getBoolean("certifies")).isTrue();
        assertThat(hostIds(api("jiangnan.lecturer"))).doesNotContain(host.id())
                .contains(demoHost("jiangnan.host"));
        assertProblem(api("jiangnan.lecturer").get("api/v1/hosts/" + host.id()), 403, "error.forbidden");
    }
}
