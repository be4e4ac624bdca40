/**
 * Cross-cutting value types: the domain exception every rule throws (a message key, never a sentence), and paging.
 * Depends on nothing else in the application.
 */
package org.healthedu.shared;
