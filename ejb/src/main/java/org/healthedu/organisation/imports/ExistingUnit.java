package org.healthedu.organisation.imports;

import java.io.Serializable;
import org.healthedu.organisation.UnitKind;

/** What the planner needs to know about a unit already in the database whose code the file mentions. */
public record ExistingUnit(String code, long id, String path, UnitKind kind, boolean active) implements Serializable {
}
