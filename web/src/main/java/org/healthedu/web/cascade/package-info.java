/** Pages of the peer-education cascade: hosts (certify, invite), a host's record, peer sessions, the invitation. */
package org.healthedu.web.cascade;
