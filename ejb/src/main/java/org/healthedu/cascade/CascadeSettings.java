package org.healthedu.cascade;

import java.io.Serializable;

/**
 * A project's cascade settings: whether completing its training qualifies as a host training, and whether its hosts'
 * peer-session plans need the supervisor's approval. Null in a change leaves the setting as it is.
 */
public record CascadeSettings(Boolean hostTraining, Boolean peerApprovalRequired) implements Serializable {
}
