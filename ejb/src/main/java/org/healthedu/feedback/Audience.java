package org.healthedu.feedback;

/** Who answers a form or a question. */
public enum Audience {
    PARENT,
    STUDENT
}
