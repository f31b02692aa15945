package org.viralsim.gui.view;

/**
 * Where drawn users sit, in the unit square. users[i] is drawn at (x[i], y[i]), 0..1 both; users are
 * distinct and in ascending order.
 *
 * @param totalUsers users in the network, drawn or not
 * @param note       null when every user is drawn; otherwise one short sentence for the screen saying
 *                   which users are shown
 */
public record Layout(int[] users, double[] x, double[] y, int totalUsers, String note) {
  public Layout {
    if (x.length != users.length || y.length != users.length) {
      throw new IllegalArgumentException("users, x and y must have the same length");
    }
  }

  public int size() { return users.length; }

  public boolean isSample() { return users.length < totalUsers; }
}
