/**
 * Immutable scenario records, validated in their constructors. No IO: {@code io} reads files into
 * these records; everything downstream receives them ready to use.
 */
package org.viralsim.config;
