package org.ppl4j.pfn.tensor.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetAttribute;
import static jcuda.driver.JCudaDriver.cuDeviceGetCount;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuInit;

import java.nio.charset.StandardCharsets;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUresult;

/**
 * The CUDA driver state of one device: its primary context, made current on each thread that
 * uses the backend (the driver API keeps the current context per thread). Opening it loads
 * JCuda's native library and the CUDA driver; every way that can fail on a machine without a GPU
 * (no {@code libcuda.so}, JCuda's JNI library missing or not loadable, {@code cuInit} failing, no
 * device, a device older than compute capability 8.0) becomes a {@link GpuUnavailableException}.
 */
final class CudaContext {

  /** Compute capability 8.0 (Ampere) is the first with TF32 tensor cores. */
  static final int MIN_MAJOR = 8;

  /** Why the native libraries failed to load, once they have (a JVM loads them only once). */
  private static String loadFailure;

  private final CUcontext context;
  private final String deviceName;
  private final int major;
  private final int minor;
  private final ThreadLocal<Boolean> current = ThreadLocal.withInitial(() -> false);

  private CudaContext(CUcontext context, String deviceName, int major, int minor) {
    this.context = context;
    this.deviceName = deviceName;
    this.major = major;
    this.minor = minor;
  }

  /** Opens device {@code ordinal}'s primary context. */
  static CudaContext open(int ordinal) throws GpuUnavailableException {
    int init;
    synchronized (CudaContext.class) {
      if (loadFailure != null) {
        throw new GpuUnavailableException(loadFailure);
      }
      try {
        init = cuInit(0);
      } catch (LinkageError | RuntimeException e) {
        // UnsatisfiedLinkError: libcuda.so.1 or JCuda's JNI library missing; NoClassDefFoundError:
        // JCuda's jar missing; jcuda.CudaException: JCuda could not unpack its library
        loadFailure = "the CUDA driver could not be loaded: " + NativeFailure.reasonOf(e);
        throw new GpuUnavailableException(loadFailure);
      }
    }
    if (init != CUresult.CUDA_SUCCESS) {
      throw new GpuUnavailableException("the CUDA driver did not start ("
          + CUresult.stringFor(init) + ")");
    }
    int[] count = new int[1];
    int r = cuDeviceGetCount(count);
    if (r != CUresult.CUDA_SUCCESS || count[0] == 0) {
      throw new GpuUnavailableException("no CUDA device found");
    }
    if (ordinal >= count[0]) {
      throw new GpuUnavailableException("no CUDA device " + ordinal + " (this machine has "
          + count[0] + ")");
    }
    CUdevice device = new CUdevice();
    unavailableUnless(cuDeviceGet(device, ordinal), "cuDeviceGet");
    int[] v = new int[1];
    unavailableUnless(cuDeviceGetAttribute(v,
        CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device), "attribute");
    int maj = v[0];
    unavailableUnless(cuDeviceGetAttribute(v,
        CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device), "attribute");
    int min = v[0];
    byte[] nameBytes = new byte[256];
    unavailableUnless(cuDeviceGetName(nameBytes, nameBytes.length, device), "cuDeviceGetName");
    String name = cString(nameBytes);
    if (maj < MIN_MAJOR) {
      throw new GpuUnavailableException("the GPU '" + name + "' has compute capability " + maj
          + "." + min + "; the kernels need " + MIN_MAJOR + ".0 or newer");
    }
    CUcontext ctx = new CUcontext();
    unavailableUnless(cuDevicePrimaryCtxRetain(ctx, device), "cuDevicePrimaryCtxRetain");
    CudaContext opened = new CudaContext(ctx, name, maj, min);
    opened.makeCurrent();
    return opened;
  }

  /** Makes this context current on the calling thread (once per thread). */
  void makeCurrent() {
    if (!current.get()) {
      check(cuCtxSetCurrent(context), "cuCtxSetCurrent");
      current.set(true);
    }
  }

  /** The device's name as the driver reports it, e.g. {@code "NVIDIA H100 80GB HBM3"}. */
  String deviceName() {
    return deviceName;
  }

  /** Compute capability as {@code "major.minor"}. */
  String computeCapability() {
    return major + "." + minor;
  }

  /** Throws a {@link GpuException} naming {@code what} unless {@code result} is success. */
  static void check(int result, String what) {
    if (result != CUresult.CUDA_SUCCESS) {
      throw new GpuException(what + " failed: " + CUresult.stringFor(result)
          + " (kernels run asynchronously: the error may come from an earlier kernel)");
    }
  }

  private static void unavailableUnless(int result, String what)
      throws GpuUnavailableException {
    if (result != CUresult.CUDA_SUCCESS) {
      throw new GpuUnavailableException(what + " failed: " + CUresult.stringFor(result));
    }
  }

  private static String cString(byte[] bytes) {
    int n = 0;
    while (n < bytes.length && bytes[n] != 0) {
      n++;
    }
    return new String(bytes, 0, n, StandardCharsets.US_ASCII).trim();
  }
}
