package org.ppl4j.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code .pfn} and {@code .dt} network readers on any bytes, through {@code ppl run --method
 * pfn|dt --net FILE}: the first byte of an input picks the format, the rest is the file. A
 * corrupt, truncated or mismatched file must be rejected with a user error naming it, never a
 * crash, a hang or an attempt to allocate what a forged size field asks for.
 */
class NetworkFileFuzzTest {
  private static final String PFN_PROGRAM = "data x : Real[]\ndata y : Real[]\n"
      + "slope ~ normal(0, 1)\nfor i in range(length(x)) {\n"
      + "  observe y[i] ~ normal(slope * x[i], 1)\n}\nreturn slope\n";
  private static final String PFN_DATA = "{\"x\": [0.1, 0.5, -0.3], \"y\": [0.2, 0.4, -0.1]}";
  private static final String DT_PROGRAM = "data flips : Bool[]\n"
      + "theta ~ normal(0, 1)\nfor f in flips {\n  observe f ~ bernoulli(logistic(theta))\n}\n"
      + "return theta\n";
  private static final String DT_DATA = "{\"flips\": [true, false, true]}";

  @FuzzTest(maxDuration = "10s")
  void readAnyNetworkFile(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    boolean pfn = (bytes[0] & 1) == 0;
    byte[] content = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    String program = pfn ? PFN_PROGRAM : DT_PROGRAM;
    String programFile =
        CommandOracle.file(".ppl", program.getBytes(StandardCharsets.UTF_8)).toString();
    String dataFile = CommandOracle.file(".json",
        (pfn ? PFN_DATA : DT_DATA).getBytes(StandardCharsets.UTF_8)).toString();
    String net = CommandOracle.file(pfn ? ".pfn" : ".dt", content).toString();
    CommandOracle.check(List.of("run", programFile, "--data", dataFile, "--method",
        pfn ? "pfn" : "dt", "--net", net, "--samples", "20", "--seed", "1"), "", false);
  }
}
