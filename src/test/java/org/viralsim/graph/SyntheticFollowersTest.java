package org.viralsim.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SyntheticFollowersTest {
  static LongStream seeds() { return LongStream.range(0, 20); }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsAddUpAndFollowersAreDistinctOthersInOrder(long seed) {
    int users = 1000 + (int) (seed * 7919 % 150_000);
    long follows = users * (1 + seed % 30);
    SyntheticFollowers net = new SyntheticFollowers(users, follows, seed);
    assertThat(Arrays.stream(net.followerCounts()).asLongStream().sum()).isEqualTo(follows);
    int[] in = new int[users];
    for (int b = 0; b < net.blocks(); b++) {
      int[] followers = net.followers(b);
      assertThat(followers).hasSize((int) net.blockFollows(b));
      int at = 0;
      for (int u = b * SyntheticFollowers.BLOCK; u < Math.min(users, (b + 1) * SyntheticFollowers.BLOCK); u++) {
        for (int i = at; i < at + net.followerCounts()[u]; i++) {
          assertThat(followers[i]).isBetween(0, users - 1).isNotEqualTo(u);
          if (i > at) assertThat(followers[i]).isGreaterThan(followers[i - 1]);
          in[followers[i]]++;
        }
        at += net.followerCounts()[u];
      }
    }
    // followees are light-tailed (binomial), follower counts heavy-tailed
    double mean = (double) follows / users;
    assertThat(Arrays.stream(in).max().getAsInt()).isLessThan((int) (mean + 8 * Math.sqrt(mean) + 10));
    int cap = (users - 1) / 10;
    assertThat(Arrays.stream(net.followerCounts()).max().getAsInt()).isGreaterThanOrEqualTo((int) Math.min(cap, 20 * mean))
        .isLessThanOrEqualTo(cap);
  }

  @Test
  void theSameSeedGivesTheSameNetwork() {
    SyntheticFollowers a = new SyntheticFollowers(70_000, 1_000_000, 5);
    SyntheticFollowers b = new SyntheticFollowers(70_000, 1_000_000, 5);
    assertThat(a.followerCounts()).isEqualTo(b.followerCounts());
    assertThat(a.followers(1)).isEqualTo(b.followers(1));
    assertThat(new SyntheticFollowers(70_000, 1_000_000, 6).followerCounts()).isNotEqualTo(a.followerCounts());
  }

  @Test
  void followerCountsFollowAPowerLawOfExponentTwo() {
    SyntheticFollowers net = new SyntheticFollowers(2_000_000, 20_000_000, 3);
    long atLeast100 = Arrays.stream(net.followerCounts()).filter(c -> c >= 100).count();
    long atLeast1000 = Arrays.stream(net.followerCounts()).filter(c -> c >= 1000).count();
    // P(X >= x) ~ 1/x for density 1/x^2: ten times the count, a tenth of the users
    assertThat((double) atLeast100 / atLeast1000).isBetween(8.0, 12.0);
  }

  @Test
  void impossibleSizesAreRefused() {
    assertThatThrownBy(() -> new SyntheticFollowers(1, 0, 1)).hasMessageStartingWith("users must be in [2, ");
    assertThatThrownBy(() -> new SyntheticFollowers(1000, 1_000_000, 1))
        .hasMessage("follows must be in [0, 49,500] for 1,000 users, was 1,000,000");
  }
}
