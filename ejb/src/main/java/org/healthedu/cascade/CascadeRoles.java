package org.healthedu.cascade;

import java.io.Serializable;

/**
 * What the caller does in the cascade, for the menu: a host; supervises at least one host in force; may certify
 * (an admin or coordinator, or a member of the lecturer or management group at a site of a host-training project).
 */
public record CascadeRoles(boolean host, boolean supervises, boolean certifies) implements Serializable {

    /** The peer-sessions page: the host's own, or the sessions of the hosts one supervises. */
    public boolean peerSessions() {
        return host || supervises;
    }

    /** The hosts page: those one supervises, certifies or teaches at the site of. */
    public boolean hosts() {
        return !host && (supervises || certifies);
    }
}
