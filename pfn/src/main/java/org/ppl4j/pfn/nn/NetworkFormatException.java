package org.ppl4j.pfn.nn;

import java.io.IOException;

/** A {@code .pfn} file that cannot be read: truncated, corrupt, foreign, or of another version. */
public final class NetworkFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** An error with a message for the user. */
  public NetworkFormatException(String message) {
    super(message);
  }
}
