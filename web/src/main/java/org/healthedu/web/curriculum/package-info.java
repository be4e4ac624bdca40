/** Pages of curriculum templates and of a project's curriculum and its versions, sharing one lesson-and-segment editor. */
package org.healthedu.web.curriculum;
