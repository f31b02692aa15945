/**
 * The myth lab, without IO: a belief about social media as a tested claim (docs/myths.md), run on a
 * platform family with common random numbers ({@link org.viralsim.myth.MythLab}) and judged busted,
 * holds or depends, with the deciding effect, its 95% interval, a p-value and a sentence.
 */
package org.viralsim.myth;
