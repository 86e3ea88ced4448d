package org.ppl4j.runner.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsThrottledAndClearsAtTheEnd() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), clock::get, 100);
    bar.begin("smc", 4);
    bar.advance(1); // clock has not moved: no redraw
    assertEquals(1, text.toString().split("\r", -1).length - 1);
    clock.addAndGet(100);
    bar.advance(1);
    assertTrue(text.toString().endsWith("smc [###############---------------]  50%  2/4"),
        text.toString());
    bar.advance(2); // completion is always drawn
    assertTrue(text.toString().endsWith("smc [##############################] 100%  4/4"));
    int drawn = text.toString().length();
    bar.advance(1); // past the total (an estimated total): no redraw per unit
    assertEquals(drawn, text.toString().length());
    bar.end();
    String all = text.toString();
    String last = all.substring(all.lastIndexOf('\r', all.length() - 2));
    assertTrue(last.strip().isEmpty(), "the bar is erased: '" + last + "'");
  }

  @Test
  void linesShowTaskFractionAndCounts() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), () -> 0, 0);
    bar.begin("warmup", 3);
    assertEquals("warmup [----------------------------------------]   0%  0/3".replace(
        "----------------------------------------", "-".repeat(30)), bar.line(0));
    assertEquals("warmup [" + "#".repeat(10) + "-".repeat(20) + "]  33%  1/3", bar.line(1));
  }

  @Test
  void aDetailFollowsTheCountsUntilTheNextTask() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), () -> 0, 0);
    bar.begin("advi", 4);
    bar.detail("elbo -123.4");
    assertEquals("advi [" + "#".repeat(15) + "-".repeat(15) + "]  50%  2/4  elbo -123.4",
        bar.line(2));
    bar.begin("next", 2);
    assertEquals("next [" + "-".repeat(30) + "]   0%  0/2", bar.line(0));
    Progress.silent().detail("ignored");
  }

  @Test
  void silentProgressIgnoresEverything() {
    Progress p = Progress.silent();
    p.begin("x", 1);
    p.advance(5);
    p.end();
    assertEquals(Progress.silent(), p);
  }
}
