package org.healthedu.feedback;

import java.io.Serializable;

/**
 * A unit's new form: a copy of {@code copyOf} (a template or another form the caller sees) or, without it, a form
 * with a starting question. {@code ownerUnitId} null: the caller's own unit. Name and audience null: the copied
 * form's.
 */
public record NewForm(Long ownerUnitId, Long copyOf, String nameZh, String nameEn, Boolean forParents,
        Boolean forStudents, Boolean identified) implements Serializable {
}
