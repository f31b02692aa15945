package org.viralsim.graph;

/**
 * The ids nodes had in an input file, held compactly: a numeric id as its value, any other id as its
 * text. Files with millions of nodes mostly use numbers, and a String per node would cost more
 * memory and loading time than the graph itself.
 */
public final class NodeLabels {
  private final long[] numbers;
  private final String[] texts;

  /**
   * @param numbers each node's numeric id, or -1 where the id is text; null when every id is text
   * @param texts   each node's id where it is text; null when every id is numeric
   */
  public NodeLabels(long[] numbers, String[] texts) {
    if (numbers == null && texts == null) throw new IllegalArgumentException("numbers or texts are required");
    if (numbers != null && texts != null && numbers.length != texts.length) {
      throw new IllegalArgumentException("numbers and texts must have one entry per node");
    }
    this.numbers = numbers;
    this.texts = texts;
  }

  public int size() { return numbers != null ? numbers.length : texts.length; }

  public String get(int u) {
    return numbers != null && numbers[u] >= 0 ? Long.toString(numbers[u]) : texts[u];
  }
}
