package org.ppl4j.pfn.tensor.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl4j.pfn.tensor.Backend;
import org.ppl4j.pfn.tensor.cpu.CpuBackend;

/**
 * {@code --device auto|cpu|gpu} on a machine without a GPU, for every way opening the GPU can
 * fail (checked with openers that fail on purpose, and with the real one): {@code auto} falls
 * back to the CPU with exactly one warning line that names the reason and no Java class name;
 * {@code gpu} is an error with that reason; {@code cpu} never touches the GPU.
 */
class BackendSelectionTest {

  private static final String JCUDA_STYLE_MESSAGE = String.join("\n",
      "Error while loading native library \"JCudaDriver-12.0.0-linux-x86_64\"",
      "Operating system name: Linux",
      "---(start of nested stack traces)---",
      "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-12.0.0-linux-x86_64.so: libcuda.so.1: "
          + "cannot open shared object file: No such file or directory",
      "---(end of nested stack traces)---");

  private final List<String> warnings = new ArrayList<>();

  private Backend auto(BackendSelection.GpuOpener opener) throws GpuUnavailableException {
    return BackendSelection.select(DeviceChoice.AUTO, opener, warnings::add);
  }

  private void assertOneCleanWarning(String mustContain) {
    assertEquals(1, warnings.size(), "warnings: " + warnings);
    String w = warnings.get(0);
    assertFalse(w.contains("\n"), "warning spans lines: " + w);
    assertTrue(w.startsWith("warning: no usable GPU ("), w);
    assertTrue(w.endsWith("running on the CPU"), w);
    assertTrue(w.contains(mustContain), w + " lacks " + mustContain);
    assertFalse(w.matches(".*\\b(java|jcuda)\\.[a-z]+\\..*"), "class name in: " + w);
    assertFalse(w.contains("Error:") || w.contains("Exception"), "exception type in: " + w);
  }

  @Test
  void autoFallsBackWhenTheDriverLibraryIsMissing() throws Exception {
    Backend be = auto(() -> {
      throw new UnsatisfiedLinkError(JCUDA_STYLE_MESSAGE);
    });
    assertTrue(be instanceof CpuBackend);
    assertOneCleanWarning("libcuda.so.1 was not found");
  }

  @Test
  void autoFallsBackWhenJcudaClassesFailed() throws Exception {
    Backend be = auto(() -> {
      throw new NoClassDefFoundError("Could not initialize class jcuda.driver.JCudaDriver");
    });
    assertTrue(be instanceof CpuBackend);
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("the CUDA driver could not be loaded"), warnings.get(0));
  }

  @Test
  void autoFallsBackWhenCuInitFailsOrNoDevice() throws Exception {
    for (String reason : List.of("the CUDA driver did not start (CUDA_ERROR_NO_DEVICE)",
        "no CUDA device found",
        "the GPU 'Tesla T4' has compute capability 7.5; the kernels need 8.0 or newer")) {
      warnings.clear();
      Backend be = auto(() -> {
        throw new GpuUnavailableException(reason);
      });
      assertTrue(be instanceof CpuBackend);
      assertOneCleanWarning(reason);
    }
  }

  @Test
  void autoFallsBackWhenADriverCallFails() throws Exception {
    Backend be = auto(() -> {
      throw new GpuException("cuMemAlloc failed: CUDA_ERROR_OUT_OF_MEMORY");
    });
    assertTrue(be instanceof CpuBackend);
    assertOneCleanWarning("CUDA_ERROR_OUT_OF_MEMORY");
  }

  @Test
  void autoUsesTheGpuWhenItOpens() throws Exception {
    Backend gpu = CpuBackend.withThreads(1);
    assertSame(gpu, auto(() -> gpu));
    assertTrue(warnings.isEmpty());
  }

  @Test
  void gpuWithoutAGpuIsAnErrorWithTheReason() {
    GpuUnavailableException e = assertThrows(GpuUnavailableException.class,
        () -> BackendSelection.select(DeviceChoice.GPU, () -> {
          throw new UnsatisfiedLinkError(JCUDA_STYLE_MESSAGE);
        }, warnings::add));
    assertTrue(e.getMessage().contains("libcuda.so.1 was not found"), e.getMessage());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void cpuNeverOpensTheGpu() throws Exception {
    Backend be = BackendSelection.select(DeviceChoice.CPU, () -> {
      throw new AssertionError("the GPU was opened for --device cpu");
    }, warnings::add);
    assertTrue(be instanceof CpuBackend);
    assertTrue(warnings.isEmpty());
  }

  @Test
  void theRealOpenerOnThisMachineEitherOpensOrWarnsOnce() throws Exception {
    for (int attempt = 0; attempt < 2; attempt++) { // the second sees the cached load failure
      warnings.clear();
      Backend be = BackendSelection.select(DeviceChoice.AUTO, warnings::add);
      if (be instanceof GpuBackend gpu) {
        assertTrue(warnings.isEmpty());
        gpu.close();
      } else {
        assertTrue(be instanceof CpuBackend);
        assertOneCleanWarning("");
      }
    }
  }

  @Test
  void deviceChoiceParsesAndNamesBadValues() {
    assertEquals(DeviceChoice.AUTO, DeviceChoice.parse("auto"));
    assertEquals(DeviceChoice.CPU, DeviceChoice.parse("CPU"));
    assertEquals(DeviceChoice.GPU, DeviceChoice.parse(" gpu "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DeviceChoice.parse("cuda"));
    assertEquals("unknown device 'cuda': expected auto, cpu or gpu", e.getMessage());
  }
}
