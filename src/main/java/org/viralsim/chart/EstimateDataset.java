package org.viralsim.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jfree.data.UnknownKeyException;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.general.AbstractDataset;
import org.viralsim.stats.Estimate;

/**
 * One row of estimates, one per column (such as a campaign): the value is the mean, the interval
 * the 95% confidence interval of the mean. Parts that are not finite are null, which JFreeChart
 * leaves out. Immutable.
 */
final class EstimateDataset extends AbstractDataset implements IntervalCategoryDataset {
  private static final long serialVersionUID = 1L;

  private final String row;
  private final List<String> columns;
  private final Estimate[] estimates;

  EstimateDataset(String row, List<String> columns, List<Estimate> estimates) {
    if (columns.size() != estimates.size()) {
      throw new IllegalArgumentException(row + " has " + estimates.size() + " estimates, expected "
          + columns.size());
    }
    this.row = row;
    this.columns = List.copyOf(columns);
    this.estimates = estimates.toArray(new Estimate[0]);
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
    return getValue(0, column(rowKey, columnKey));
  }

  @Override
  public Number getStartValue(Comparable rowKey, Comparable columnKey) {
    return getStartValue(0, column(rowKey, columnKey));
  }

  @Override
  public Number getEndValue(Comparable rowKey, Comparable columnKey) {
    return getEndValue(0, column(rowKey, columnKey));
  }

  @Override
  public int getRowCount() {
    return 1;
  }

  @Override
  public int getColumnCount() {
    return columns.size();
  }

  @Override
  public Comparable getRowKey(int index) {
    Objects.checkIndex(index, 1);
    return row;
  }

  @Override
  public int getRowIndex(Comparable key) {
    return row.equals(key) ? 0 : -1;
  }

  @Override
  public List getRowKeys() {
    return List.of(row);
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
    return o instanceof EstimateDataset d && row.equals(d.row) && columns.equals(d.columns)
        && Arrays.equals(estimates, d.estimates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(row, columns, Arrays.hashCode(estimates));
  }

  private Estimate estimate(int row, int column) {
    Objects.checkIndex(row, 1);
    return estimates[Objects.checkIndex(column, estimates.length)];
  }

  /** The index of a column of the one row, by keys. */
  private int column(Comparable rowKey, Comparable columnKey) {
    if (getRowIndex(rowKey) < 0) throw new UnknownKeyException("unknown row " + rowKey);
    int c = getColumnIndex(columnKey);
    if (c < 0) throw new UnknownKeyException("unknown column " + columnKey);
    return c;
  }

  private static Double finiteOrNull(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
