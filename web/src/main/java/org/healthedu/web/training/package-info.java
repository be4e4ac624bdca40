/** Pages of the trainer groups of a project's sites and of one's own trainer profile. */
package org.healthedu.web.training;
