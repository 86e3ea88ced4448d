package org.ppl4j.runner.pfn;

import org.ppl4j.pfn.train.TrainingListener;
import org.ppl4j.runner.cli.CommandContext;
import org.ppl4j.runner.progress.Progress;
import org.ppl4j.runner.progress.ProgressBar;

/**
 * Shows PFN training progress: on a terminal the runner's progress bar labelled with the running
 * loss (an exponential moving average over about 50 steps), otherwise one line on standard error
 * at every tenth of training (every 1,000 steps when {@code --minutes} alone bounds it).
 */
final class TrainingProgress implements TrainingListener {

  private final CommandContext context;
  private final Progress bar;
  private double loss = Double.NaN;
  private int steps;
  private String label = "";

  TrainingProgress(CommandContext context) {
    this.context = context;
    this.bar = context.errIsTerminal() ? ProgressBar.onTerminal(context.err()) : Progress.silent();
  }

  @Override
  public void onStep(int step, int total, double nll, double learningRate) {
    loss = Double.isNaN(loss) ? nll : 0.98 * loss + 0.02 * nll;
    steps = step;
    String now = String.format("train loss %.3f", loss);
    if (step == 1 || !now.equals(label) && step % 10 == 0) {
      label = now;
      bar.begin(now, total);
      bar.advance(step);
    } else {
      bar.advance(1);
    }
    boolean unbounded = total == Integer.MAX_VALUE;
    int every = unbounded ? 1000 : Math.max(1, total / 10);
    if (!context.errIsTerminal() && (step % every == 0 || step == total)) {
      context.err().printf("step %s  loss %.4f  lr %.2e%n", unbounded ? "" + step
          : step + "/" + total, loss, learningRate);
      context.err().flush();
    }
  }

  void end() {
    bar.end();
  }

  /** The smoothed loss after the last step. */
  double loss() {
    return loss;
  }

  /** Steps done. */
  int steps() {
    return steps;
  }
}
