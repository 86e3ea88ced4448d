package org.ppl4j.pfn.tensor.gpu;

import java.util.ArrayList;
import java.util.List;
import jcuda.NativePointerObject;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;

/** The argument list of one kernel launch, in the order of the kernel's parameters. */
final class KernelArgs {

  private final List<NativePointerObject> args = new ArrayList<>();

  /** A device pointer argument. */
  KernelArgs ptr(CUdeviceptr p) {
    args.add(Pointer.to(p));
    return this;
  }

  /** An {@code int} argument. */
  KernelArgs i32(int v) {
    args.add(Pointer.to(new int[] {v}));
    return this;
  }

  /** A {@code long long} argument. */
  KernelArgs i64(long v) {
    args.add(Pointer.to(new long[] {v}));
    return this;
  }

  /** A {@code float} argument. */
  KernelArgs f32(float v) {
    args.add(Pointer.to(new float[] {v}));
    return this;
  }

  /** The {@code void**} array the driver expects. */
  Pointer pointer() {
    return Pointer.to(args.toArray(new NativePointerObject[0]));
  }
}
