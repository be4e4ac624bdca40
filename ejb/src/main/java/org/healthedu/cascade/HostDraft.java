package org.healthedu.cascade;

/** What a certifier sends: who completed which host training, for which site, supervised by which account. */
public record HostDraft(Long participantId, Long projectId, Long siteId, Long supervisorAccountId) {
}
