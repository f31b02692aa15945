package org.viralsim.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Copies of records with some components changed, through the canonical constructor (so checks apply). */
public final class Copies {
  private Copies() {}

  /**
   * A copy of {@code record} with components replaced: {@code with(c, "impact", 0.3, "reviewsRead", 2)}.
   *
   * @throws IllegalArgumentException for a name that is not a component of the record
   */
  @SuppressWarnings("unchecked")
  public static <R extends Record> R with(R record, Object... namesAndValues) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) values[i] = components[i].getAccessor().invoke(record);
      for (int k = 0; k < namesAndValues.length; k += 2) {
        String name = (String) namesAndValues[k];
        int i = indexOf(components, name);
        values[i] = namesAndValues[k + 1];
      }
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int indexOf(RecordComponent[] components, String name) {
    for (int i = 0; i < components.length; i++) if (components[i].getName().equals(name)) return i;
    throw new IllegalArgumentException("no component " + name);
  }
}
