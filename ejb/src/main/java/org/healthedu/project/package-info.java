/**
 * Projects: funded programmes (项目) with a project text, period, budget and a status workflow (draft, active,
 * closed), owned by a unit and funded by that unit or one above it, carried out at project sites (项目点). A project
 * is seen by whoever covers its owning or its funding unit, and managed in the owning unit's scope. Also indicators
 * (standard or a project's own), a project's targets and their breakdown (目标分解) to lower units and sites;
 * achieved figures are counted, never stored. Leans on
 * {@code organisation} (units, sites, paths), {@code account} (the caller) and {@code shared}.
 */
package org.healthedu.project;
