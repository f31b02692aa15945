package org.viralsim.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jfree.data.UnknownKeyException;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.general.AbstractDataset;
import org.viralsim.stats.Estimate;

/**
 * Rows of estimates (such as a KPI, or first- and total-order indices), one per column (such as a
 * campaign or a parameter): the value is the mean, the interval the 95% confidence interval of the
 * mean. Parts that are not finite are null, which JFreeChart leaves out. Immutable.
 */
final class EstimateDataset extends AbstractDataset implements IntervalCategoryDataset {
  private static final long serialVersionUID = 1L;

  private final List<String> rows;
  private final List<String> columns;
  private final Estimate[][] estimates;

  /** @param estimates per row, one estimate per column */
  EstimateDataset(List<String> rows, List<String> columns, List<List<Estimate>> estimates) {
    if (rows.size() != estimates.size()) {
      throw new IllegalArgumentException(estimates.size() + " rows of estimates for " + rows.size() + " rows");
    }
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.estimates = new Estimate[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      if (columns.size() != estimates.get(r).size()) {
        throw new IllegalArgumentException(rows.get(r) + " has " + estimates.get(r).size() + " estimates, expected "
            + columns.size());
      }
      this.estimates[r] = estimates.get(r).toArray(new Estimate[0]);
    }
  }

  @Override
  public Number getValue(int row, int column) {
    return finiteOrNull(estimate(row, column).mean());
  }

  @Override
  public Number getStartValue(int row, int column) {
    return finiteOrNull(estimate(row, column).ciLow());
  }

  @Override
  public Number getEndValue(int row, int column) {
    return finiteOrNull(estimate(row, column).ciHigh());
  }

  @Override
  public Number getValue(Comparable rowKey, Comparable columnKey) {
    return getValue(row(rowKey), column(columnKey));
  }

  @Override
  public Number getStartValue(Comparable rowKey, Comparable columnKey) {
    return getStartValue(row(rowKey), column(columnKey));
  }

  @Override
  public Number getEndValue(Comparable rowKey, Comparable columnKey) {
    return getEndValue(row(rowKey), column(columnKey));
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public Comparable getRowKey(int index) {
    return rows.get(index);
  }

  @Override
  public int getRowIndex(Comparable key) {
    return rows.indexOf(key);
  }

  @Override
  public List getRowKeys() {
    return rows;
  }

  @Override
  public Comparable getColumnKey(int index) {
    return columns.get(index);
  }

  @Override
  public int getColumnIndex(Comparable key) {
    return columns.indexOf(key);
  }

  @Override
  public List getColumnKeys() {
    return columns;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EstimateDataset d && rows.equals(d.rows) && columns.equals(d.columns)
        && Arrays.deepEquals(estimates, d.estimates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, columns, Arrays.deepHashCode(estimates));
  }

  private Estimate estimate(int row, int column) {
    Estimate[] estimatesOfRow = estimates[Objects.checkIndex(row, estimates.length)];
    return estimatesOfRow[Objects.checkIndex(column, estimatesOfRow.length)];
  }

  private int row(Comparable key) {
    int r = getRowIndex(key);
    if (r < 0) throw new UnknownKeyException("unknown row " + key);
    return r;
  }

  private int column(Comparable key) {
    int c = getColumnIndex(key);
    if (c < 0) throw new UnknownKeyException("unknown column " + key);
    return c;
  }

  private static Double finiteOrNull(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
