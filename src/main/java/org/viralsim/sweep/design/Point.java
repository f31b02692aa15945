package org.viralsim.sweep.design;

import java.util.LinkedHashMap;

/**
 * One point of a design: its 0-based index in the design and the value of each parameter by key
 * path, in the order the parameters were given.
 */
public record Point(int index, LinkedHashMap<String, Object> values) {
  public Point {
    values = new LinkedHashMap<>(values);
  }
}
