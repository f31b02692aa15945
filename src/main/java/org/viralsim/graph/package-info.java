/** The compact graph users sit on (CSR int arrays), its generators and degree statistics. */
package org.viralsim.graph;
