package org.healthedu.shared.tabular;

import java.util.List;

/**
 * A column an uploaded table may carry: the name a "missing column" message shows, whether the file must have it, and
 * the header texts it is recognised by (as {@link TabularReader#normaliseHeader} leaves them: lower case, '_' as
 * space). Implemented by an enum per kind of import, each constant holding its {@link Spec}.
 */
public interface TabularColumn {

    /** How a column is named in messages, whether it is required, and the header texts that name it. */
    record Spec(String header, boolean required, List<String> names) {

        public Spec(String header, boolean required, String... names) {
            this(header, required, List.of(names));
        }
    }

    Spec spec();

    default String header() {
        return spec().header();
    }

    default boolean required() {
        return spec().required();
    }

    default List<String> names() {
        return spec().names();
    }
}
