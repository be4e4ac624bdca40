package org.healthedu.reporting;

import java.io.Serializable;

/** A project a caller may report on, for pickers. */
public record ProjectChoice(long id, String code, String nameZh) implements Serializable {

    public String label() {
        return code + " " + nameZh;
    }
}
