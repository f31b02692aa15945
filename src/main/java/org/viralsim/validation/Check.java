package org.viralsim.validation;

/**
 * One comparison of a measured value with theory.
 *
 * @param tolerance the largest accepted |measured - expected|, derived from the standard error of
 *                  the measurement (or a rounding allowance for exact cases)
 */
public record Check(String name, double expected, double measured, double tolerance, String basis) {
  public boolean passed() {
    return Math.abs(measured - expected) <= tolerance;
  }
}
