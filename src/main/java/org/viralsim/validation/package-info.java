/** The validation suite behind {@code viralsim validate}: measured values against theory. */
package org.viralsim.validation;
