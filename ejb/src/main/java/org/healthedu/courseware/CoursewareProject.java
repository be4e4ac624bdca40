package org.healthedu.courseware;

import java.io.Serializable;
import java.util.List;
import org.healthedu.project.ProjectSiteView;
import org.healthedu.project.ProjectStatus;

/**
 * A project as its courseware page shows it: name and status, and the sites whose courseware the caller may see
 * (all of them for whoever sees the project, else the sites where they sit in a trainer group).
 */
public record CoursewareProject(long id, String code, String nameZh, String nameEn, ProjectStatus status,
        List<ProjectSiteView> sites) implements Serializable {

    public boolean open() {
        return status != ProjectStatus.CLOSED;
    }

    public String displayName(boolean english) {
        return english && nameEn != null ? nameEn : nameZh;
    }
}
