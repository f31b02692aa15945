package org.viralsim.experiment;

/**
 * The runs in flight needed more memory than Java may use: reported as such, with what to change,
 * rather than as a defect. Runs whose items each reach most users (very low adoption thresholds,
 * say, with brands that answer every complaint) hold a cascade tree per item and can get there.
 */
public final class MemoryExhausted extends RuntimeException {
  public MemoryExhausted(OutOfMemoryError cause) {
    super(String.format("out of memory: the runs in flight need more than the %,d MB Java may use. Give it more"
        + " (VIRALSIM_JAVA_OPTS=-Xmx16g ./viralsim ...), use fewer --threads, or make the model smaller: fewer"
        + " users or steps, or fewer items that reach most users (higher thresholds, fewer complaints)",
        Runtime.getRuntime().maxMemory() >> 20), cause);
  }
}
