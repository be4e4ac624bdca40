package org.healthedu.activity;

import java.io.Serializable;
import java.util.List;

/** Where the caller may log an activity: units in their scope and sites (labelled with their unit). */
public record PlaceChoices(List<PlaceChoices.Option> units, List<PlaceChoices.Option> sites) implements Serializable {

    /** One unit or site to pick: its id and how it reads. */
    public record Option(long id, String label) implements Serializable {
    }

    public PlaceChoices {
        units = List.copyOf(units);
        sites = List.copyOf(sites);
    }
}
