package org.healthedu.session;

import java.io.Serializable;

/** Something to pick in a filter or a form: its id and how it reads. */
public record Choice(long id, String label) implements Serializable {
}
