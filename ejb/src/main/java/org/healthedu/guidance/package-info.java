/** Guidance visits (督导): observers' notes on sessions they attended, read by the site's trainers and managers. */
package org.healthedu.guidance;
