/**
 * The courseware page of a project: lessons at a site with their courseware, versions, files and links, the approval
 * workflow's steps, comments and history. Leans on {@code org.healthedu.courseware}.
 */
package org.healthedu.web.courseware;
