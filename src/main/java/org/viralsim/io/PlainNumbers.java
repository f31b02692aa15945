package org.viralsim.io;

/**
 * Numbers as the CSV files spell them: whole numbers below 10^15 without ".0", others in the digits
 * of {@link Double#toString} written out without an exponent (1.0E-5 as 0.000010, keeping the
 * digits Java gives). Appended to a buffer, without boxing or {@link java.math.BigDecimal}: the
 * results' tables write millions of numbers.
 */
public final class PlainNumbers {
  /** Whole numbers below this are written as integers (doubles are exact integers far beyond it). */
  private static final double WHOLE_LIMIT = 1e15;

  private PlainNumbers() {}

  /** The number as text; empty for NaN and infinities. */
  public static String of(double d) {
    StringBuilder b = new StringBuilder(24);
    append(b, d);
    return b.toString();
  }

  /** Appends the number's text (nothing for NaN and infinities). */
  public static void append(StringBuilder b, double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return;
    if (d == Math.rint(d) && Math.abs(d) < WHOLE_LIMIT) {
      b.append((long) d);
      return;
    }
    int start = b.length();
    b.append(d); // the characters of Double.toString
    int e = b.indexOf("E", start);
    if (e >= 0) unexponent(b, start, e);
  }

  /**
   * Rewrites {@code [-]d.dddE[-]x} from {@code start} (the exponent marker at {@code e}) as a plain
   * decimal with the same digits, as BigDecimal's toPlainString would: a scale of fraction digits
   * minus exponent, zeros added where the point falls outside the digits.
   */
  private static void unexponent(StringBuilder b, int start, int e) {
    int exponent = Integer.parseInt(b, e + 1, b.length(), 10);
    boolean negative = b.charAt(start) == '-';
    int first = negative ? start + 1 : start;
    int point = b.indexOf(".", first);
    String digits = b.substring(first, point) + b.substring(point + 1, e);
    int scale = (e - point - 1) - exponent;
    b.setLength(first);
    if (scale <= 0) {
      b.append(digits);
      for (int i = 0; i < -scale; i++) b.append('0');
    } else if (scale >= digits.length()) {
      b.append("0.");
      for (int i = 0; i < scale - digits.length(); i++) b.append('0');
      b.append(digits);
    } else {
      b.append(digits, 0, digits.length() - scale).append('.').append(digits, digits.length() - scale, digits.length());
    }
  }
}
