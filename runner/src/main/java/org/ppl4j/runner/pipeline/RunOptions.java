package org.ppl4j.runner.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ppl4j.compiler.check.Suggestions;
import org.ppl4j.inference.kernels.Proposal;
import org.ppl4j.inference.tempered.MoveKind;
import org.ppl4j.inference.resampling.Resampler;
import org.ppl4j.runner.UserError;
import org.ppl4j.runner.method.AdviOptions;
import org.ppl4j.runner.method.HmcOptions;
import org.ppl4j.runner.method.InitValues;
import org.ppl4j.runner.method.LimitOptions;
import org.ppl4j.runner.method.MethodOption;
import org.ppl4j.runner.method.MethodOptions;

/**
 * The one place where the tuning options of a run are read from the text a user wrote (on the
 * command line or in a notebook's {@code %method} line) and validated: each number parsed
 * naming its flag, the resampler looked up in the inference module's table
 * ({@link Resampler#all()}, the only list of schemes), the domains checked by
 * {@link MethodOptions}. Every problem is a {@link UserError.Usage} naming the flag.
 *
 * @param method the method's tuning options
 * @param seed {@code --seed}, when given
 * @param timeoutSeconds {@code --timeout}: the most seconds inference may take, when given
 */
public record RunOptions(MethodOptions method, OptionalLong seed, OptionalDouble timeoutSeconds) {

  /**
   * The option keys a run accepts (flags without their dashes): every method option, seed,
   * timeout.
   */
  public static final Set<String> KEYS = Stream.concat(
          Stream.of(MethodOption.values()).map(MethodOption::key), Stream.of("seed", "timeout"))
      .collect(Collectors.toUnmodifiableSet());

  /**
   * Reads {@code texts}, keyed by flag without dashes ({@code particles}, {@code seed}), each
   * value as written.
   *
   * @throws UserError.Usage naming the flag of the first bad value
   */
  public static RunOptions parse(Map<String, String> texts) {
    for (String key : texts.keySet()) {
      if (!KEYS.contains(key)) {
        throw UserError.usage("unknown option '--" + key + "'");
      }
    }
    OptionalDouble essThreshold = texts.containsKey(MethodOption.ESS_THRESHOLD.key())
        ? OptionalDouble.of(real(MethodOption.ESS_THRESHOLD.key(),
            texts.get(MethodOption.ESS_THRESHOLD.key())))
        : OptionalDouble.empty();
    MethodOptions options;
    try {
      HmcOptions hmc = new HmcOptions(optionalReal(texts, MethodOption.ADAPT_DELTA),
          optionalInt(texts, MethodOption.MAX_TREEDEPTH), initRadius(texts), initValues(texts),
          optionalInt(texts, MethodOption.THIN), flag(texts, MethodOption.SAVE_WARMUP),
          Optional.ofNullable(texts.get(MethodOption.DENSITY.key())));
      options = new MethodOptions(
          optionalInt(texts, MethodOption.PARTICLES),
          Optional.ofNullable(texts.get(MethodOption.RESAMPLER.key())).map(RunOptions::resampler),
          essThreshold,
          optionalInt(texts, MethodOption.SAMPLES),
          optionalInt(texts, MethodOption.WARMUP),
          optionalInt(texts, MethodOption.CHAINS),
          optionalInt(texts, MethodOption.MCMC_STEPS),
          Optional.ofNullable(texts.get(MethodOption.NET.key())).map(Path::of),
          Optional.ofNullable(texts.get(MethodOption.PROPOSAL.key())).map(Proposal::named), hmc,
          flag(texts, MethodOption.RAW))
          .with(new AdviOptions(
                  Optional.ofNullable(texts.get(MethodOption.FAMILY.key()))
                      .map(AdviOptions::family),
                  optionalInt(texts, MethodOption.ITER),
                  optionalInt(texts, MethodOption.GRAD_SAMPLES),
                  optionalInt(texts, MethodOption.ELBO_SAMPLES),
                  optionalReal(texts, MethodOption.ETA),
                  optionalReal(texts, MethodOption.TOL_REL_OBJ),
                  optionalInt(texts, MethodOption.EVAL_ELBO)),
              new LimitOptions(optionalInt(texts, MethodOption.MAX_PATHS),
                  optionalReal(texts, MethodOption.MAX_SCORE)))
          .withMove(Optional.ofNullable(texts.get(MethodOption.MOVE.key()))
              .map(MoveKind::named));
    } catch (IllegalArgumentException e) {
      throw UserError.usage(e.getMessage());
    }
    OptionalLong seed = texts.containsKey("seed")
        ? OptionalLong.of(integer("seed", texts.get("seed"))) : OptionalLong.empty();
    OptionalDouble timeout = OptionalDouble.empty();
    if (texts.containsKey("timeout")) {
      double t = real("timeout", texts.get("timeout"));
      if (!(t > 0) || Double.isInfinite(t)) {
        throw UserError.usage("--timeout must be a number of seconds > 0, got "
            + texts.get("timeout"));
      }
      timeout = OptionalDouble.of(t);
    }
    return new RunOptions(options, seed, timeout);
  }

  /**
   * The resampling scheme written {@code name} (any case), from {@link Resampler#all()}.
   *
   * @throws UserError.Usage naming the value and the schemes
   */
  public static Resampler resampler(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Resampler r : Resampler.all()) {
      if (r.name().equals(lower)) {
        return r;
      }
    }
    java.util.List<String> names = Resampler.all().stream().map(Resampler::name).toList();
    throw UserError.usage("--resampler must be one of " + String.join(", ", names) + ", got '"
        + name + "'" + Suggestions.hint(lower, names));
  }

  private static OptionalInt optionalInt(Map<String, String> texts, MethodOption option) {
    if (!texts.containsKey(option.key())) {
      return OptionalInt.empty();
    }
    long value = integer(option.key(), texts.get(option.key()));
    if (value != (int) value) {
      throw UserError.usage(option.flag() + " is too large, got " + value);
    }
    return OptionalInt.of((int) value);
  }

  private static OptionalDouble optionalReal(Map<String, String> texts, MethodOption option) {
    return texts.containsKey(option.key())
        ? OptionalDouble.of(real(option.key(), texts.get(option.key())))
        : OptionalDouble.empty();
  }

  /** {@code --init R}: a radius, when the value is a number. */
  private static OptionalDouble initRadius(Map<String, String> texts) {
    String key = MethodOption.INIT.key();
    if (!texts.containsKey(key)) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(texts.get(key).strip()));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * {@code --init FILE.json} or {@code --init '{...}'}: initial values by name, when the value
   * is not a number ({@link InitValues#read}, whose problems are user errors naming --init).
   */
  private static Optional<InitValues> initValues(Map<String, String> texts) {
    String key = MethodOption.INIT.key();
    if (!texts.containsKey(key) || initRadius(texts).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(InitValues.read(texts.get(key)));
  }

  /** A switch: given without a value (the command line's flag) or as true/false. */
  private static boolean flag(Map<String, String> texts, MethodOption option) {
    if (!texts.containsKey(option.key())) {
      return false;
    }
    String text = texts.get(option.key()).strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty() || text.equals("true")) {
      return true;
    } else if (text.equals("false")) {
      return false;
    }
    throw UserError.usage(option.flag() + " is true or false, got '" + texts.get(option.key())
        + "'");
  }

  private static long integer(String key, String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw UserError.usage("--" + key + " needs an integer, got '" + text + "'");
    }
  }

  private static double real(String key, String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw UserError.usage("--" + key + " needs a number, got '" + text + "'");
    }
  }
}
