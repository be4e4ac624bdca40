package org.healthedu.session;

import java.io.Serializable;
import java.util.List;

/** What a session calendar can be filtered by, drawn from the sessions the caller sees. */
public record CalendarChoices(List<Choice> projects, List<Choice> sites, List<Choice> batches, List<Choice> trainers)
        implements Serializable {
}
