package org.healthedu.shared.tabular;

import java.util.List;

/**
 * A column an uploaded table may carry: the name a "missing column" message shows, whether the file must have it, and
 * the header texts it is recognised by (as {@link TabularReader#normaliseHeader} leaves them: lower case, '_' as
 * space). Implemented by an enum per kind of import.
 */
public interface TabularColumn {

    String header();

    boolean required();

    List<String> names();
}
