package org.healthedu.curriculum;

import java.io.Serializable;

/** A new template's names and description. */
public record TemplateDraft(String nameZh, String nameEn, String description) implements Serializable {
}
