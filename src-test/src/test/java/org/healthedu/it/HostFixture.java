package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * A host training built in the test: the session fixture's project marked as host training, five lessons held in
 * September led by baodong.trainer, and {@code people} parents of whom the first completed every lesson. {@link #host}
 * certifies one (completing their training first
 * if needed) at the Baodong site (wuxi.coord, supervised by baodong.trainer), invites and accepts: a HOST
 * account that signs in with its own password.
 */
record HostFixture(SessionFixture fixture, List<Long> sessions) {

    static final String PASSWORD = "Peer-Host-2026";

    static HostFixture create(AppIT test, int people) {
        SessionFixture fixture = SessionFixture.create(test, people);
        Db.update("update project set host_training = true where id = ?", fixture.projectId());
        Marks.enrolledSince(fixture.batchId(), "2026-08-01");
        List<Long> sessions = new java.util.ArrayList<>();
        for (int lesson = 1; lesson <= 5; lesson++) {
            long session = Marks.session(fixture, lesson, "2026-09-0" + lesson, "HELD");
            sessions.add(session);
            Marks.mark(session, fixture.participantIds().get(0), "PRESENT");
        }
        return new HostFixture(fixture, sessions);
    }

    long projectId() {
        return fixture.projectId();
    }

    long siteId() {
        return fixture.project().siteId();
    }

    long person(int index) {
        return fixture.participantIds().get(index);
    }

    String certifyJson(long participantId) {
        return "{\"participantId\":" + participantId + ",\"projectId\":" + projectId() + ",\"siteId\":" + siteId()
                + ",\"supervisorAccountId\":" + CoursewareFixture.accountId("baodong.trainer") + "}";
    }

    /** A certified host with an account: its id and a client signed in as it. */
    record Host(long id, String username, Api api) {
    }

    Host host(AppIT test, int index) {
        if (index != 0) {
            for (long session : sessions) {
                Marks.mark(session, person(index), "PRESENT");
            }
        }
        Api.Reply certified = test.api("wuxi.coord").post("api/v1/hosts", certifyJson(person(index)));
        assertThat(certified.status()).as(certified.toString()).isEqualTo(201);
        long hostId = certified.id();
        Api.Reply invitation = test.api("wuxi.coord").post("api/v1/hosts/" + hostId + "/invitations", null);
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
        String username = "host" + Long.toString(System.nanoTime(), 36);
        Api.Reply accepted = test.anonymous().post("api/v1/host-invitations/" + invitation.string("token"),
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        return new Host(hostId, username, test.anonymous().withPassword(username, PASSWORD));
    }
}
