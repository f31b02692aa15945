/**
 * Network files read into the compact graph: edge lists, with the node ids of the file kept as
 * labels, and graphs in the WebGraph compressed format, numbered as stored.
 */
package org.viralsim.io.network;
