package org.healthedu.feedback;

import java.io.Serializable;

/** What a person who just checked in gets: the session's link token and a one-time ticket for one response. */
public record FeedbackInvite(String linkToken, String ticket) implements Serializable {
}
