/**
 * The services the commands call: a run, a sweep (started, resumed, benchmarked) and a merge, each
 * from its inputs to its finished results folder. Commands only parse options and print.
 */
package org.viralsim.job;
