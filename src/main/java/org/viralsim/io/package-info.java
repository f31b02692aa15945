/**
 * Scenario files: {@link org.viralsim.io.ScenarioReader} turns YAML or JSON plus {@code --set}
 * overrides into a validated {@link org.viralsim.config.Scenario}; {@link org.viralsim.io.ScenarioWriter}
 * writes one back. docs/scenario.md is the format reference.
 */
package org.viralsim.io;
