/** Pages of account administration and of one's own second factor (the profile page's section). */
package org.healthedu.web.account;
