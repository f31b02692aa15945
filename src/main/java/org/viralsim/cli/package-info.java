/** The {@code viralsim} command line (picocli): one thin class per command, shared options as mixins. */
package org.viralsim.cli;
