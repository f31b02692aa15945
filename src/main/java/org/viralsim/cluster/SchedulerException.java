package org.viralsim.cluster;

/** The scheduler cannot be used or refused a job: reported as one line, with exit code 2. */
public final class SchedulerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SchedulerException(String message) { super(message); }
}
