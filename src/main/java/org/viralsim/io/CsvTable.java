package org.viralsim.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file written row by row: comma-separated, header first, numbers as plain decimals
 * ({@link PlainNumbers}: whole numbers without ".0", no exponents), NaN as an empty field. Fields
 * are added one by one ({@link #add(long)}, {@link #add(double)} ...) and closed with {@link #endRow},
 * without boxing, or a whole row at once with {@link #row}.
 */
public final class CsvTable implements AutoCloseable {
  private final BufferedWriter out;
  private final int columns;
  private final StringBuilder line = new StringBuilder(256);
  private int fields;

  public CsvTable(Path file, List<String> header) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.columns = header.size();
    out.write(String.join(",", header));
    out.write('\n');
  }

  /** Writes one row of values, each a Number, Boolean or String (strings must not contain commas). */
  public void row(Object... values) throws IOException {
    if (values.length != columns) throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
    for (Object v : values) {
      if (v instanceof Double d) add(d.doubleValue()); else add(String.valueOf(v));
    }
    endRow();
  }

  public CsvTable add(long v) {
    separate().append(v);
    return this;
  }

  public CsvTable add(double v) {
    PlainNumbers.append(separate(), v);
    return this;
  }

  public CsvTable add(boolean v) {
    separate().append(v);
    return this;
  }

  /** A field as it is (see {@link #text} for text that may hold a comma). */
  public CsvTable add(String v) {
    separate().append(v);
    return this;
  }

  /** Ends the row begun by the fields added since the last one. */
  public void endRow() throws IOException {
    if (fields != columns) throw new IllegalArgumentException("expected " + columns + " values, got " + fields);
    line.append('\n');
    out.append(line);
    line.setLength(0);
    fields = 0;
  }

  private StringBuilder separate() {
    if (fields++ > 0) line.append(',');
    return line;
  }

  /** A text field, quoted (RFC 4180) when it holds a comma, quote or line break. */
  public static String text(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  public static String format(Object v) {
    if (v instanceof Double d) return number(d);
    return String.valueOf(v);
  }

  public static String number(double d) { return PlainNumbers.of(d); }

  @Override
  public void close() throws IOException { out.close(); }
}
