/**
 * Reading cascade trees from files: real reply or retweet cascades, and trees in the plain format
 * viralsim exports, each a parent per node, so their shapes can be measured like a run's items.
 */
package org.viralsim.io.cascades;
