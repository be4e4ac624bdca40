package org.healthedu.feedback;

import java.io.Serializable;

/** A form's name, audience and archived flag; null leaves a value as it is. */
public record FormSettings(Long expectedVersion, String nameZh, String nameEn, Boolean forParents,
        Boolean forStudents, Boolean identified, Boolean archived) implements Serializable {
}
