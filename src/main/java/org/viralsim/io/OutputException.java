package org.viralsim.io;

/** A results folder that cannot be used or written: a one-line message naming the folder. */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) { super(message); }

  public OutputException(String message, Throwable cause) { super(message, cause); }
}
