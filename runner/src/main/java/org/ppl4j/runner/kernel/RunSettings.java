package org.ppl4j.runner.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ppl4j.runner.pipeline.RunOptions;

/**
 * The method and tuning options of a notebook run, parsed from the words of a
 * {@code %method} line or of a {@code %%ppl} magic: an optional method name first, then
 * {@code --flag value} pairs with the flags of {@code ppl run} (LANGUAGE.md §8).
 *
 * @param method the method name, empty for the default
 * @param options flag (without dashes) to its value, in the order given
 * @param dataVariable the notebook variable named by {@code --data} (magics only)
 * @param resultVariable the notebook variable named by {@code --out} (magics only)
 */
public record RunSettings(Optional<String> method, Map<String, String> options,
    Optional<String> dataVariable, Optional<String> resultVariable) {

  /** The tuning flags a run accepts, as {@code ppl run} names them: every method option and seed. */
  public static final Set<String> FLAGS = RunOptions.KEYS;

  /**
   * The flags without a value: {@code --predict} and {@code --loo}, as {@code ppl run} takes
   * them (kept in {@link #options()} with the value {@code true}).
   */
  public static final Set<String> SWITCHES = Set.of("predict", "loo");

  /** Copies the options. */
  public RunSettings {
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** The options the method reads: {@link #options()} without the {@link #SWITCHES}. */
  public Map<String, String> methodOptions() {
    Map<String, String> out = new LinkedHashMap<>(options);
    out.keySet().removeAll(SWITCHES);
    return out;
  }

  /** Whether {@code --predict} was given. */
  public boolean predict() {
    return options.containsKey("predict");
  }

  /** Whether {@code --loo} was given. */
  public boolean loo() {
    return options.containsKey("loo");
  }

  /**
   * Parses {@code [METHOD] [--flag value | --flag=value]...}; {@code --data NAME} and
   * {@code --out NAME} name notebook variables, {@code --method M} may replace the leading name.
   *
   * @throws PplError naming an unknown flag, a flag without a value, or a second method name
   */
  public static RunSettings parse(List<String> words) throws PplError {
    Optional<String> method = Optional.empty();
    Map<String, String> options = new LinkedHashMap<>();
    Optional<String> data = Optional.empty();
    Optional<String> out = Optional.empty();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.isEmpty()) {
        continue;
      }
      if (!word.startsWith("--")) {
        if (method.isPresent()) {
          throw new PplError("unexpected '" + word + "': the method is already '" + method.get() + "'");
        }
        method = Optional.of(word);
        continue;
      }
      String flag = word.substring(2);
      String value;
      int eq = flag.indexOf('=');
      if (eq >= 0) {
        value = flag.substring(eq + 1);
        flag = flag.substring(0, eq);
      } else if (SWITCHES.contains(flag)) {
        value = "true";
      } else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
        value = words.get(++i);
      } else {
        throw new PplError("option '--" + flag + "' needs a value");
      }
      switch (flag) {
        case "method":
          method = Optional.of(value);
          break;
        case "data":
          data = Optional.of(value);
          break;
        case "out":
          out = Optional.of(value);
          break;
        default:
          if (!FLAGS.contains(flag) && !SWITCHES.contains(flag)) {
            throw new PplError("unknown option '--" + flag + "' (known: --method, --data, --out,"
                + " --predict, --loo, --" + String.join(", --", FLAGS.stream().sorted().toList())
                + ")");
          }
          options.put(flag, value);
      }
    }
    return new RunSettings(method, options, data, out);
  }
}
