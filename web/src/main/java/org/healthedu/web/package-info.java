/**
 * What people and programs touch: Faces pages and their backing beans, the REST API under {@code /api/v1}, the
 * message bundles and the authentication mechanism. Calls the services of the ejb module and holds no rules itself.
 */
package org.healthedu.web;
