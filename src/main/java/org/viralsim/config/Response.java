package org.viralsim.config;

/**
 * @param policy        ignore or respond
 * @param delay         ticks between a complaint and the reply
 * @param coverage      share of complaints answered
 * @param effectiveness chance that a reply turns the complainer's attitude positive
 * @param costPerReply  euros per reply
 */
public record Response(ResponsePolicy policy, int delay, double coverage, double effectiveness, double costPerReply) {
  public Response {
    Checks.present("policy", policy);
    Checks.atLeast("delay", delay, 0);
    Checks.atMost("delay", delay, 10_000_000);
    Checks.probability("coverage", coverage);
    Checks.probability("effectiveness", effectiveness);
    Checks.range("cost_per_reply", costPerReply, 0, 1e12);
  }
}
