/**
 * Completion (结业): each project's rule (lessons to attend, whether LATE and EXCUSED count), each participant's status
 * computed from the attendance records on read, and the bilingual completion certificate.
 */
package org.healthedu.completion;
