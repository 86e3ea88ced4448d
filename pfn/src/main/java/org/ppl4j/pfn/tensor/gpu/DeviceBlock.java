package org.ppl4j.pfn.tensor.gpu;

import jcuda.driver.CUdeviceptr;

/**
 * One device allocation of {@code capacity} floats owned by a {@link DeviceMemoryPool}.
 *
 * @param pointer the device address
 * @param capacity size in floats (a size class of the pool)
 */
record DeviceBlock(CUdeviceptr pointer, long capacity) {}
