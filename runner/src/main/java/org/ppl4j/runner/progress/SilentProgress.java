package org.ppl4j.runner.progress;

/** The {@link Progress} that reports nothing: used when standard error is not a terminal. */
enum SilentProgress implements Progress {
  INSTANCE;

  @Override
  public void begin(String task, long totalUnits) {}

  @Override
  public void advance(long units) {}

  @Override
  public void end() {}
}
