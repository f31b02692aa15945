/**
 * Sweeps on a cluster scheduler (SLURM): the job scripts that run a sweep's shards as a job array and
 * merge them, the record of what was submitted ({@code submission.json}), and the scheduler's own
 * commands ({@code sbatch}, {@code squeue}, {@code scancel}), run as programs. What each shard has done
 * is read from its sweep folder, as {@code merge} reads it.
 */
package org.viralsim.cluster;
