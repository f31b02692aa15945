/**
 * The trainer window ({@code viralsim gui}): MASON's console, display and inspector around the same
 * model, recorder and charts that batch runs use. {@link org.viralsim.gui.TrainerGui} runs one
 * scenario, or two side by side with the same seed ({@code Classroom}, {@code Lane}); the settings
 * are a bean for the console's Model tab ({@code Settings}, applied as {@code --set} overrides by
 * {@code Setup}); lessons ship in the jar from {@code scenarios/lessons/} ({@code Lessons}).
 * Subpackages: {@code view} draws the network, {@code live} the charts.
 */
package org.viralsim.gui;
