/** Pages to log activities counted by headcount (phone first) and to read reach figures. */
package org.healthedu.web.activity;
