package org.viralsim.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file's bytes in a message: shown, never echoed raw, and cut only when long. */
class InputFileExceptionTest {
  @Test
  void controlBytesAreEscapedAndUndecodableOnesMarked() {
    assertThat(InputFileException.printable("a\u0001b\u001b\u009b\uFFFDc")).isEqualTo("a\\x01b\\x1B\\x9B?c");
  }

  @Test
  void onlyAReasonLongerThanTheLimitIsCut() {
    assertThat(InputFileException.printable("x".repeat(300))).isEqualTo("x".repeat(300));
    assertThat(InputFileException.printable("x".repeat(301))).isEqualTo("x".repeat(300) + "...");
  }
}
