package org.healthedu.courseware;

/** An uploaded file (slides, a document, a picture) or a link to a video (videos are linked, not uploaded). */
public enum CoursewareItemKind {
    FILE, LINK;

    public String labelKey() {
        return "coursewareItemKind." + name();
    }
}
