package org.viralsim.io.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.viralsim.io.CsvTable;
import org.viralsim.io.OutputFolder;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.TickSeries;

/**
 * A run's runs.csv, timeseries.csv, items.csv and seeds.csv, written a replication at a time as
 * replications finish (in replication order), so that none has to be kept. The tables open with
 * the first replication, whose metrics and measures name their columns.
 */
public final class RunTables implements AutoCloseable {
  static final List<String> ITEM_COLUMNS = List.of("replication", "item", "kind", "created_tick", "authors",
      "cascade_size", "cascade_depth", "cascade_max_breadth", "structural_virality", "complete", "campaign");
  static final List<String> SEED_COLUMNS = List.of("replication", "user", "role", "followers", "campaign");

  /** Each kind's name in items.csv, made once rather than per item. */
  private static final Map<Enum<?>, String> KIND_NAMES = new ConcurrentHashMap<>();

  private final OutputFolder out;
  private final List<String> campaigns;
  private CsvTable runs;
  private CsvTable timeseries;
  private CsvTable items;
  private CsvTable seeds;

  /** @param campaigns the scenario's campaign names, in order */
  public RunTables(OutputFolder out, List<String> campaigns) {
    this.out = out;
    this.campaigns = List.copyOf(campaigns);
  }

  /** Appends one replication's rows to every table; call in replication order. */
  public void append(RunResult r) throws IOException {
    if (runs == null) {
      runs = new CsvTable(out.file("runs.csv"), runsHeader(r));
      timeseries = new CsvTable(out.file("timeseries.csv"), timeseriesHeader(r));
      items = new CsvTable(out.file("items.csv"), ITEM_COLUMNS);
      seeds = new CsvTable(out.file("seeds.csv"), SEED_COLUMNS);
    }
    runRow(runs, r);
    timeseriesRows(timeseries, r);
    itemRows(items, r, campaigns);
    seedRows(seeds, r);
  }

  @Override
  public void close() throws IOException {
    try (CsvTable a = runs; CsvTable b = timeseries; CsvTable c = items; CsvTable d = seeds) {
      // each table closes, the others too when one fails
    }
  }

  static List<String> runsHeader(RunResult first) {
    List<String> header = new ArrayList<>(List.of("replication", "seed"));
    header.addAll(first.metrics().keySet());
    return header;
  }

  /** runs.csv: the replication, its seed, then every per-run metric. */
  static void runRow(CsvTable csv, RunResult r) throws IOException {
    csv.add(r.replication()).add(r.seed());
    for (double m : r.metrics().values()) csv.add(m);
    csv.endRow();
  }

  static List<String> timeseriesHeader(RunResult first) {
    List<String> header = new ArrayList<>(List.of("replication", "tick"));
    header.addAll(first.series().names());
    return header;
  }

  /** timeseries.csv: a row per tick, the replication and tick, then every per-tick measure. */
  static void timeseriesRows(CsvTable csv, RunResult r) throws IOException {
    TickSeries s = r.series();
    List<String> names = s.names();
    double[][] columns = new double[names.size()][];
    for (int c = 0; c < columns.length; c++) columns[c] = s.column(names.get(c));
    for (int t = 0; t < s.ticks(); t++) {
      csv.add(r.replication()).add(t);
      for (double[] column : columns) csv.add(column[t]);
      csv.endRow();
    }
  }

  static void itemRows(CsvTable csv, RunResult r, List<String> campaigns) throws IOException {
    for (ItemRecord i : r.items()) {
      csv.add(r.replication()).add(i.item()).add(KIND_NAMES.computeIfAbsent(i.kind(), k -> k.name().toLowerCase(Locale.ROOT))).add(i.createdTick())
          .add(i.authors()).add(i.size()).add(i.depth()).add(i.maxBreadth()).add(i.structuralVirality())
          .add(i.complete()).add(i.campaign() < 0 ? "" : campaigns.get(i.campaign()));
      csv.endRow();
    }
  }

  static void seedRows(CsvTable csv, RunResult r) throws IOException {
    for (RunResult.SeedUser s : r.seedUsers()) {
      csv.add(r.replication()).add(CsvTable.text(s.user())).add(s.role()).add(s.followers())
          .add(CsvTable.text(s.campaign()));
      csv.endRow();
    }
  }
}
