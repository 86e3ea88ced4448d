package org.ppl4j.pfn.tensor.gpu;

import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.CUresult;

/**
 * The project's PTX modules ({@code gemm.ptx}, {@code rows.ptx}, generated from
 * {@code pfn/src/main/cuda/*.cu} and shipped as resources of this package), loaded with
 * {@code cuModuleLoadData} (the driver compiles the PTX for the device it runs on), and their
 * kernels launched on the default stream.
 */
final class Kernels {

  /** The PTX resources, in this package. */
  static final List<String> MODULES = List.of("gemm.ptx", "rows.ptx");

  /** Threads per block of the one-dimensional kernels. */
  static final int BLOCK = 256;

  private final Map<String, CUfunction> functions = new HashMap<>();

  private Kernels() {}

  /** Loads every module and looks up every kernel; a refusal means the GPU is unusable. */
  static Kernels load() throws GpuUnavailableException {
    Kernels k = new Kernels();
    for (String name : MODULES) {
      byte[] ptx = ptxOf(name);
      CUmodule module = new CUmodule();
      int r = cuModuleLoadData(module, ptx);
      if (r != CUresult.CUDA_SUCCESS) {
        throw new GpuUnavailableException("the CUDA driver refused the kernels of " + name + " ("
            + CUresult.stringFor(r) + "; they need a driver for CUDA 13.0 or newer)");
      }
      for (String kernel : kernelNames(new String(ptx, StandardCharsets.US_ASCII))) {
        CUfunction f = new CUfunction();
        int g = cuModuleGetFunction(f, module, kernel);
        if (g != CUresult.CUDA_SUCCESS) {
          throw new GpuUnavailableException("kernel " + kernel + " of " + name + " not found ("
              + CUresult.stringFor(g) + ")");
        }
        k.functions.put(kernel, f);
      }
    }
    return k;
  }

  /** The PTX text of module {@code name} with the terminating zero byte the driver needs. */
  static byte[] ptxOf(String name) {
    try (InputStream in = Kernels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("PTX resource " + name + " is missing from the build");
      }
      byte[] text = in.readAllBytes();
      byte[] z = new byte[text.length + 1];
      System.arraycopy(text, 0, z, 0, text.length);
      return z;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the {@code .entry} functions a PTX text defines. */
  static List<String> kernelNames(String ptx) {
    return ptx.lines().map(String::strip)
        .filter(l -> l.startsWith(".visible .entry ") || l.startsWith(".entry "))
        .map(l -> l.substring(l.indexOf(".entry ") + 7).replaceAll("\\(.*", "").strip())
        .toList();
  }

  /** Launches {@code kernel} on a {@code grid} of {@code block}-thread blocks. */
  void launch(String kernel, int gridX, int gridY, int gridZ, int blockX, int blockY,
      KernelArgs args) {
    CUfunction f = functions.get(kernel);
    if (f == null) {
      throw new IllegalStateException("no kernel named " + kernel);
    }
    CudaContext.check(cuLaunchKernel(f, gridX, gridY, gridZ, blockX, blockY, 1, 0, null,
        args.pointer(), null), "launch of " + kernel);
  }

  /** Launches a grid-stride kernel over {@code n} elements. */
  void launchElements(String kernel, long n, KernelArgs args) {
    int blocks = (int) Math.max(1, Math.min(8192, (n + BLOCK - 1) / BLOCK));
    launch(kernel, blocks, 1, 1, BLOCK, 1, args);
  }

  /** Launches a warp-per-row kernel over {@code rows} rows. */
  void launchRows(String kernel, int rows, KernelArgs args) {
    int rowsPerBlock = BLOCK / 32;
    launch(kernel, Math.max(1, (rows + rowsPerBlock - 1) / rowsPerBlock), 1, 1, BLOCK, 1, args);
  }
}
