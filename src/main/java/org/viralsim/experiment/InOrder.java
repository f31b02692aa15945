package org.viralsim.experiment;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.viralsim.observe.RunResult;

/**
 * Hands finished replications on in replication order, one at a time, and keeps workers from
 * running far ahead: replication i may start only when it is fewer than {@code window} replications
 * beyond the oldest not yet handed on, so at most {@code window} results wait, however many
 * replications there are and however long one of them takes.
 */
final class InOrder implements RunEngine.Sink, RunEngine.Gate {
  private final Consumer<RunResult> next;
  private final int window;
  private final Map<Integer, RunResult> waiting = new HashMap<>();
  private int handedOn;
  private boolean stopped;

  InOrder(int window, Consumer<RunResult> next) {
    if (window < 1) throw new IllegalArgumentException("window must be at least 1, was " + window);
    this.window = window;
    this.next = next;
  }

  @Override
  public synchronized void admit(RunId run) throws InterruptedException {
    while (!stopped && run.replication() >= handedOn + window) wait();
  }

  @Override
  public synchronized void stop() {
    stopped = true;
    notifyAll();
  }

  @Override
  public synchronized void finished(RunId run, RunResult result, double seconds) {
    waiting.put(run.replication(), result);
    for (RunResult r; (r = waiting.remove(handedOn)) != null; handedOn++) next.accept(r);
    notifyAll();
  }
}
