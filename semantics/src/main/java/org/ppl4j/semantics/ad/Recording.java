package org.ppl4j.semantics.ad;

/**
 * The state of a {@link Tape} that records a run for replay: whether it is recording and, once
 * something made the run unfit for replay, the first reason. Package-private: only the tape
 * uses it.
 */
final class Recording {
  private boolean active;
  private String refusal;

  void start() {
    active = true;
    refusal = null;
  }

  boolean active() {
    return active;
  }

  /** Notes the first reason the recorded run cannot be replayed. */
  void refuse(String reason) {
    if (active && refusal == null) {
      refusal = reason;
    }
  }

  /** Ends the recording; the reason it cannot be replayed, or null if it can. */
  String stop() {
    String reason = active ? refusal : "the run was not recorded";
    active = false;
    refusal = null;
    return reason;
  }

  /** Where, outside this package, the operation came from (for the reason's text). */
  static String caller() {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (StackTraceElement e : new Throwable().getStackTrace()) {
      if (shown < 3 && !e.getClassName().startsWith(Recording.class.getPackageName() + ".")) {
        out.append(shown == 0 ? " (in " : " < ")
            .append(e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1))
            .append('.').append(e.getMethodName());
        shown++;
      }
    }
    return shown == 0 ? "" : out.append(')').toString();
  }
}
