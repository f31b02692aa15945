package org.viralsim.experiment;

/**
 * The runs in flight needed more memory than Java may use: reported as such, with what to change,
 * rather than as a defect. Runs whose items each reach most users (very low adoption thresholds,
 * say, with brands that answer every complaint) hold a cascade tree per item and can get there.
 */
public final class MemoryExhausted extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MemoryExhausted(OutOfMemoryError cause) {
    super(String.format("the runs in flight need more than the %,d MB Java may use",
        Runtime.getRuntime().maxMemory() >> 20), cause);
  }
}
