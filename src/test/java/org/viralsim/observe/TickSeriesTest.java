package org.viralsim.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TickSeriesTest {

  @Test
  void keepsNamedColumnsInOrder() {
    TickSeries s = new TickSeries(List.of("a", "b"), 3);
    s.set("b", 2, 7);
    assertThat(s.names()).containsExactly("a", "b");
    assertThat(s.ticks()).isEqualTo(3);
    assertThat(s.column("b")).containsExactly(0, 0, 7);
    assertThatThrownBy(() -> s.column("c")).hasMessageContaining("no measure c");
  }

  @Test
  void contributionHistogramCountsUsersPerNumberOfActions() {
    assertThat(RunRecorder.histogram(new int[] {0, 2, 2, 5, 0, 0})).containsExactly(3, 0, 2, 0, 0, 1);
    assertThat(RunRecorder.histogram(new int[] {0, 0})).containsExactly(2);
  }

  @Test
  void perTickColumnsCoverEveryRole() {
    assertThat(SeriesColumns.ofRun(new String[] {"x", "y"})).containsExactly("impressions_new", "impressions", "reach",
        "campaign_reshares", "posts_x", "posts_y", "reshares_x", "reshares_y", "comments_x", "comments_y", "active_x",
        "active_y");
    assertThat(RunMetrics.names(new String[] {"x"}, List.of("a", "b"))).contains("share_of_actions_x", "gini_contributions", "viral")
        .doesNotHaveDuplicates();
  }
}
