/**
 * Files, written whole or not at all: CSV tables, results folders that appear only when complete,
 * and charts as PNG and SVG. Each format has a sub-package: {@code scenario} (scenario files and
 * {@code --set}), {@code network} (edge lists, WebGraph graphs), {@code results} (a run's results folder) and
 * {@code sweep} (sweep files and folders). io reads and writes; it computes nothing.
 */
package org.viralsim.io;
