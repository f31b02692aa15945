package org.viralsim.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file written row by row: comma-separated, header first, numbers as plain decimals in
 * their shortest round-trip form (whole numbers without ".0", no exponents), NaN as an empty field.
 */
public final class CsvTable implements AutoCloseable {
  private final BufferedWriter out;
  private final int columns;

  public CsvTable(Path file, List<String> header) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.columns = header.size();
    out.write(String.join(",", header));
    out.write('\n');
  }

  /** Writes one row of values, each a Number, Boolean or String (strings must not contain commas). */
  public void row(Object... values) throws IOException {
    if (values.length != columns) throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) out.write(',');
      out.write(format(values[i]));
    }
    out.write('\n');
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

  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return "";
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    return java.math.BigDecimal.valueOf(d).toPlainString(); // shortest round-trip digits, never 1.0E-5
  }

  @Override
  public void close() throws IOException { out.close(); }
}
