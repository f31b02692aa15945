/**
 * Scenario files: {@link org.viralsim.io.scenario.ScenarioReader} turns YAML or JSON plus
 * {@code --set} overrides into a validated {@link org.viralsim.config.Scenario};
 * {@link org.viralsim.io.scenario.ScenarioWriter} writes one back. docs/scenario.md is the format
 * reference.
 */
package org.viralsim.io.scenario;
