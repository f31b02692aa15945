/**
 * The trainer window's network view. Where users are drawn: positions in the unit square for the
 * whole network or, for a large one, a sample of it, by community for stochastic block models and
 * force-directed otherwise ({@code Layouts}, pure computation). How they are drawn: coloured by role,
 * sized by followers, lit up as the campaign spreads ({@code NetworkPicture}, in a MASON display
 * through {@code NetworkPortrayal}), with its key ({@code Legend}) and colours ({@code Palette}).
 */
package org.viralsim.gui.view;
