/**
 * What the application needs from its platform at start and while running: the schema (Flyway, at deployment), the
 * optional demo data, and the health check. Knows no feature.
 */
package org.healthedu.platform;
