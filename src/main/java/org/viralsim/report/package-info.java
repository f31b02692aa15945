/**
 * Results in words: the sentences the commands print and the report of every command
 * ({@link org.viralsim.report.Report}), rendered as one self-contained HTML page and as Markdown.
 * No IO: io writes them.
 */
package org.viralsim.report;
