/**
 * Faults outside the application's control (the database restarting, every pooled connection in use) answered as
 * a translated 503 "try again" with Retry-After, never as a 500 or a stack trace.
 */
package org.healthedu.web.faults;
