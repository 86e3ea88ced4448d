package org.ppl4j.runner.pipeline;

import java.util.Map;
import java.util.Optional;
import org.ppl4j.compiler.ObservedSite;
import org.ppl4j.compiler.diagnostics.PplException;
import org.ppl4j.compiler.diagnostics.SourceScoreSite;
import org.ppl4j.inference.population.ZeroWeightException;
import org.ppl4j.runner.UserError;
import org.ppl4j.semantics.infer.InferenceException;
import org.ppl4j.semantics.model.DrawException;

/**
 * The one place where a failure from any layer becomes a {@link UserError}, or is recognised
 * as a bug: a compiler or run-time {@link PplException} is an error at its span; a
 * {@link ZeroWeightException} or an {@link InferenceException} is one at the score that caused
 * it when that score is in a program at hand, else one without a place; running out of stack
 * or memory is advice; anything else is not a user error (an internal error, exit 70).
 */
public final class UserErrors {
  private UserErrors() {}

  /**
   * {@code failure} as a user error, or empty when it is a bug.
   *
   * @param sources the text of every program read so far, by the file name spans use (to
   *     quote the source line under a located error)
   */
  public static Optional<UserError> of(Throwable failure, Map<String, String> sources) {
    if (failure instanceof UserError.Located located) {
      String text = sources.get(located.diagnostic().span().file());
      return Optional.of(located.text().isEmpty() && text != null
          ? located.withText(text) : located);
    } else if (failure instanceof UserError user) {
      return Optional.of(user);
    } else if (failure instanceof PplException ppl) {
      return of(UserError.at(ppl.diagnostic().span(), ppl.diagnostic().message()), sources);
    } else if (failure instanceof ZeroWeightException zero) {
      if (ObservedSite.source(zero.site()) instanceof SourceScoreSite site
          && sources.containsKey(site.span().file())) {
        return of(UserError.at(site.span(), "all " + zero.what() + " have zero weight after this "
            + site.statement() + " (the data or constraints are impossible under the model,"
            + " or too unlikely for " + zero.particles() + " " + zero.what() + ")"), sources);
      }
      return Optional.of(new UserError(zero.getMessage()));
    } else if (failure instanceof InferenceException inference) {
      if (ObservedSite.source(inference.site()) instanceof SourceScoreSite site
          && sources.containsKey(site.span().file())) {
        return of(UserError.at(site.span(), inference.getMessage()), sources);
      }
      return Optional.of(new UserError(inference.getMessage()));
    } else if (failure instanceof DrawException draw) {
      if (ObservedSite.source(draw.site()) instanceof SourceScoreSite site
          && sources.containsKey(site.span().file())) {
        return of(UserError.at(site.span(), draw.getMessage()), sources);
      }
      return Optional.of(new UserError(draw.getMessage()));
    } else if (failure instanceof StackOverflowError) {
      return Optional.of(new UserError("the program recursed too deeply (the Java stack ran"
          + " out); raise the stack size with JAVA_OPTS=-Xss64m if the recursion is intended"));
    } else if (failure instanceof OutOfMemoryError) {
      return Optional.of(new UserError("out of memory; use fewer particles or draws, or raise"
          + " the heap with JAVA_OPTS=-Xmx8g"));
    }
    return Optional.empty();
  }
}
