/** Myth files read into {@link org.viralsim.myth.Myth}s, and the verdicts written as verdicts.json (docs/myths.md). */
package org.viralsim.io.myth;
