package org.viralsim.cli;

/** A problem with what the user asked for, reported as one line with exit code 2. */
final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserInputException(String message) { super(message); }
}
