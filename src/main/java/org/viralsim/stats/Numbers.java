package org.viralsim.stats;

import java.util.Locale;

/** Numbers as people read them in sentences and tables: three significant digits, thousands grouped. */
public final class Numbers {
  private Numbers() {}

  /** 1,572 · 0.0364 · 30.7 · 6,348; n/a for NaN. */
  public static String readable(double v) {
    if (Double.isNaN(v)) return "n/a";
    if (Double.isInfinite(v)) return v > 0 ? "infinity" : "-infinity";
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.3g", v);
  }

  /** A p-value in a sentence: "p < 0.001", "p = 0.042", "p n/a". */
  public static String pClause(double p) {
    String v = pValue(p);
    return v.startsWith("<") || v.equals("n/a") ? "p " + v : "p = " + v;
  }

  /** A p-value as reported: "< 0.001", "0.042"; n/a for NaN. */
  public static String pValue(double p) {
    if (Double.isNaN(p)) return "n/a";
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }
}
