package org.healthedu.cascade;

import java.io.Serializable;

/** A participant who completed a host training and may be certified: adult, not yet a host at their site. */
public record Eligible(long participantId, String name, Long siteId) implements Serializable {
}
