package org.ppl4j.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON and CSV data loaders against declared types: the first byte of an input picks one of
 * the programs below (each declaring data of other types) and the format, the rest is the data
 * file. Any file must load, or be rejected with an error that names the file, within the time
 * limit; a loaded file must never give NaN or infinity without a warning.
 */
class DataFuzzTest {
  private static final List<String> PROGRAMS = List.of(
      "data ys : Real[]\nmu ~ normal(0, 10)\nfor y in ys {\n  observe y ~ normal(mu, 1)\n}\nreturn mu\n",
      "data n : Int\ndata flips : Bool[]\np ~ beta(1, 1)\nfor f in flips {\n  observe f ~ bernoulli(p)\n}\nreturn {p: p, n: n}\n",
      "data x : Real[]\ndata y : Real[]\nb ~ normal(0, 1)\nfor i in range(length(x)) {\n  observe y[i] ~ normal(b * x[i], 1)\n}\nreturn b\n",
      "data counts : Int[]\ndata scale : Real = 1.0\nl ~ gamma(1, 1)\nfor c in counts {\n  observe c ~ poisson(l * scale)\n}\nreturn l\n",
      "data r : {a: Real, b: Int[]}\nx ~ normal(r.a, 1)\nreturn x + length(r.b)\n");

  @FuzzTest(maxDuration = "10s")
  void loadAnyDataFile(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    int choice = Byte.toUnsignedInt(bytes[0]);
    String program = PROGRAMS.get((choice >> 1) % PROGRAMS.size());
    String suffix = (choice & 1) == 0 ? ".json" : ".csv";
    byte[] content = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    String programFile =
        CommandOracle.file(".ppl", program.getBytes(StandardCharsets.UTF_8)).toString();
    String dataFile = CommandOracle.file(suffix, content).toString();
    CommandOracle.check(List.of("run", programFile, "--data", dataFile, "--method", "forward",
        "--samples", "20", "--seed", "1"), program + new String(content, StandardCharsets.UTF_8),
        false);
  }
}
