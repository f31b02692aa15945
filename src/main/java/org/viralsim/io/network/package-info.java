/** Edge-list files read into the compact graph, with the node ids of the file kept as labels. */
package org.viralsim.io.network;
