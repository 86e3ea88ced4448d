package org.ppl4j.pfn.tensor.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed PTX ({@code src/main/resources/org/ppl4j/pfn/tensor/gpu/*.ptx}) is what nvcc
 * makes of the committed CUDA sources: the build compiles them to {@code target/ptx} when nvcc is on the
 * PATH (see {@code src/main/cuda/build-ptx.sh}); without nvcc this test is skipped. On a
 * mismatch, regenerate with {@code pfn/src/main/cuda/build-ptx.sh} and commit the PTX.
 */
class PtxCurrencyTest {

  @Test
  void committedPtxMatchesTheSources() throws IOException {
    Path built = Path.of("target", "ptx");
    assumeTrue(Files.isDirectory(built),
        "skipped: target/ptx absent (nvcc not on the PATH when the build ran)");
    Path committed = Path.of("src", "main", "resources", "org", "ppl4j", "pfn", "tensor",
        "gpu");
    for (String module : Kernels.MODULES) {
      Path fresh = built.resolve(module);
      assumeTrue(Files.exists(fresh), "skipped: " + fresh + " was not built");
      assertEquals(Files.readString(fresh), Files.readString(committed.resolve(module)),
          module + " is stale: run pfn/src/main/cuda/build-ptx.sh and commit the PTX");
    }
    try (var sources = Files.list(Path.of("src", "main", "cuda"))) {
      long cu = sources.filter(p -> p.toString().endsWith(".cu")).count();
      assertEquals(Kernels.MODULES.size(), cu, "every .cu source must be a module in Kernels");
    }
  }
}
