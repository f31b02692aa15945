/**
 * The model: a MASON {@code SimState} of users with roles on a network, items that spread by the
 * independent cascade rule, and the bookkeeping of who did what. Headless: no files, no GUI.
 */
package org.viralsim.model;
