// Matrix products for the ppl4j GPU backend (org.ppl4j.pfn.tensor.gpu.GpuBackend).
//
// C = alpha * op(A) * op(B) + beta * C, row-major, op(X) = X or X^T, for `batch` independent
// products: product z reads A at a + (z / inner) * aOuter + (z % inner) * aInner, and likewise
// for B and C (two-level strides, so attention's (sequence, head) pairs need no copies).
// When beta == 0, C is only written (never read).
//
// gemm_tf32: tensor cores through WMMA, TF32 inputs (10-bit mantissa, round to nearest) and fp32
// accumulation. Block tile 128 x 128 x 32, 256 threads (8 warps as 2 x 4, each 64 x 32 = 4 x 2
// fragments of 16 x 16); the next k-tile is fetched into registers while the tensor cores work
// on the current one. Out-of-range elements read as zero, so any m, n, k, leading dimension
// and offset is allowed.
// gemm_f32: plain fp32 FMA on 16 x 16 shared-memory tiles (exact fp32; small shapes and the
// FP32 precision setting).
//
// Compiled to PTX by `nvcc -ptx -arch=compute_80` (see pfn/pom.xml); the PTX is committed.

#include <mma.h>

using namespace nvcuda;

namespace {

constexpr int BM = 128;
constexpr int BN = 128;
constexpr int BK = 32;
constexpr int A_LD = BK + 4;   // padded row stride of the A tile (floats)
constexpr int B_LD = BN + 4;   // padded row stride of the B tile (floats)
constexpr int THREADS = 256;
constexpr int A_PER_THREAD = BM * BK / THREADS;  // 16
constexpr int B_PER_THREAD = BK * BN / THREADS;  // 16

struct Batch {
  long long outer;
  long long inner;
};

__device__ __forceinline__ long long batch_offset(int z, int inner, long long outerStride,
                                                  long long innerStride) {
  return (long long)(z / inner) * outerStride + (long long)(z % inner) * innerStride;
}

// Element (i, p) of op(A), zero outside m x k.
__device__ __forceinline__ float load_a(const float* a, int lda, bool trans, int m, int k, int i,
                                        int p) {
  if (i >= m || p >= k) return 0.f;
  return trans ? a[(long long)p * lda + i] : a[(long long)i * lda + p];
}

// Element (p, j) of op(B), zero outside k x n.
__device__ __forceinline__ float load_b(const float* b, int ldb, bool trans, int k, int n, int p,
                                        int j) {
  if (p >= k || j >= n) return 0.f;
  return trans ? b[(long long)j * ldb + p] : b[(long long)p * ldb + j];
}

// Tile coordinates of the e-th element this thread moves: the fast index follows the operand's
// contiguous dimension so that a warp reads consecutive addresses.
__device__ __forceinline__ void a_coords(bool trans, int t, int e, int* r, int* c) {
  int idx = e * THREADS + t;
  if (trans) {  // contiguous along rows i
    *r = idx % BM;
    *c = idx / BM;
  } else {  // contiguous along k
    *r = idx / BK;
    *c = idx % BK;
  }
}

__device__ __forceinline__ void b_coords(bool trans, int t, int e, int* r, int* c) {
  int idx = e * THREADS + t;
  if (trans) {  // contiguous along k
    *r = idx % BK;
    *c = idx / BK;
  } else {  // contiguous along columns j
    *r = idx / BN;
    *c = idx % BN;
  }
}

}  // namespace

extern "C" __global__ void __launch_bounds__(THREADS)
gemm_tf32(int transA, int transB, int m, int n, int k, float alpha,
          const float* __restrict__ a, int lda, long long aOuter, long long aInner,
          const float* __restrict__ b, int ldb, long long bOuter, long long bInner,
          float beta, float* __restrict__ c, int ldc, long long cOuter, long long cInner,
          int inner) {
  __shared__ __align__(32) float smem[BM * A_LD + BK * B_LD];
  float* As = smem;
  float* Bs = smem + BM * A_LD;

  const int z = blockIdx.z;
  a += batch_offset(z, inner, aOuter, aInner);
  b += batch_offset(z, inner, bOuter, bInner);
  c += batch_offset(z, inner, cOuter, cInner);

  const int row0 = blockIdx.y * BM;
  const int col0 = blockIdx.x * BN;
  const int t = threadIdx.x;
  const int warp = t / 32;
  const int lane = t % 32;
  const int wm = warp / 4;  // 0..1: 64-row half
  const int wn = warp % 4;  // 0..3: 32-column quarter
  const bool ta = transA != 0;
  const bool tb = transB != 0;

  wmma::fragment<wmma::accumulator, 16, 16, 8, float> acc[4][2];
#pragma unroll
  for (int i = 0; i < 4; i++)
#pragma unroll
    for (int j = 0; j < 2; j++) wmma::fill_fragment(acc[i][j], 0.f);

  float ra[A_PER_THREAD];
  float rb[B_PER_THREAD];
  auto fetch = [&](int k0) {
#pragma unroll
    for (int e = 0; e < A_PER_THREAD; e++) {
      int r, cc;
      a_coords(ta, t, e, &r, &cc);
      ra[e] = load_a(a, lda, ta, m, k, row0 + r, k0 + cc);
    }
#pragma unroll
    for (int e = 0; e < B_PER_THREAD; e++) {
      int r, cc;
      b_coords(tb, t, e, &r, &cc);
      rb[e] = load_b(b, ldb, tb, k, n, k0 + r, col0 + cc);
    }
  };
  auto stash = [&]() {
#pragma unroll
    for (int e = 0; e < A_PER_THREAD; e++) {
      int r, cc;
      a_coords(ta, t, e, &r, &cc);
      As[r * A_LD + cc] = wmma::__float_to_tf32(ra[e]);
    }
#pragma unroll
    for (int e = 0; e < B_PER_THREAD; e++) {
      int r, cc;
      b_coords(tb, t, e, &r, &cc);
      Bs[r * B_LD + cc] = wmma::__float_to_tf32(rb[e]);
    }
  };

  fetch(0);
  for (int k0 = 0; k0 < k; k0 += BK) {
    stash();
    __syncthreads();
    if (k0 + BK < k) fetch(k0 + BK);  // global loads overlap the tensor-core work below
#pragma unroll
    for (int kk = 0; kk < BK; kk += 8) {
      wmma::fragment<wmma::matrix_a, 16, 16, 8, wmma::precision::tf32, wmma::row_major> fa[4];
      wmma::fragment<wmma::matrix_b, 16, 16, 8, wmma::precision::tf32, wmma::row_major> fb[2];
#pragma unroll
      for (int i = 0; i < 4; i++)
        wmma::load_matrix_sync(fa[i], As + (wm * 64 + i * 16) * A_LD + kk, A_LD);
#pragma unroll
      for (int j = 0; j < 2; j++)
        wmma::load_matrix_sync(fb[j], Bs + kk * B_LD + wn * 32 + j * 16, B_LD);
#pragma unroll
      for (int i = 0; i < 4; i++)
#pragma unroll
        for (int j = 0; j < 2; j++) wmma::mma_sync(acc[i][j], fa[i], fb[j], acc[i][j]);
    }
    __syncthreads();
  }

  // Epilogue through a 16 x 16 staging tile per warp: bounds, alpha and beta per element.
  float* stage = smem + warp * 256;
#pragma unroll
  for (int i = 0; i < 4; i++) {
#pragma unroll
    for (int j = 0; j < 2; j++) {
      wmma::store_matrix_sync(stage, acc[i][j], 16, wmma::mem_row_major);
      __syncwarp();
      int r0 = row0 + wm * 64 + i * 16;
      int c0 = col0 + wn * 32 + j * 16;
#pragma unroll
      for (int e = 0; e < 8; e++) {
        int idx = e * 32 + lane;
        int r = r0 + idx / 16;
        int cc = c0 + idx % 16;
        if (r < m && cc < n) {
          float* dst = c + (long long)r * ldc + cc;
          float v = alpha * stage[idx];
          *dst = beta == 0.f ? v : v + beta * *dst;
        }
      }
      __syncwarp();
    }
  }
}

extern "C" __global__ void gemm_f32(int transA, int transB, int m, int n, int k, float alpha,
                                    const float* __restrict__ a, int lda, long long aOuter,
                                    long long aInner, const float* __restrict__ b, int ldb,
                                    long long bOuter, long long bInner, float beta,
                                    float* __restrict__ c, int ldc, long long cOuter,
                                    long long cInner, int inner) {
  __shared__ float As[16][17];
  __shared__ float Bs[16][17];
  const int z = blockIdx.z;
  a += batch_offset(z, inner, aOuter, aInner);
  b += batch_offset(z, inner, bOuter, bInner);
  c += batch_offset(z, inner, cOuter, cInner);
  const bool ta = transA != 0;
  const bool tb = transB != 0;
  const int tx = threadIdx.x;
  const int ty = threadIdx.y;
  const int i = blockIdx.y * 16 + ty;
  const int j = blockIdx.x * 16 + tx;
  float sum = 0.f;
  for (int k0 = 0; k0 < k; k0 += 16) {
    // transposed operands are read with the thread indices swapped, so reads stay coalesced
    if (ta) {
      As[tx][ty] = load_a(a, lda, true, m, k, blockIdx.y * 16 + tx, k0 + ty);
    } else {
      As[ty][tx] = load_a(a, lda, false, m, k, i, k0 + tx);
    }
    if (tb) {
      Bs[tx][ty] = load_b(b, ldb, true, k, n, k0 + tx, blockIdx.x * 16 + ty);
    } else {
      Bs[ty][tx] = load_b(b, ldb, false, k, n, k0 + ty, j);
    }
    __syncthreads();
#pragma unroll
    for (int p = 0; p < 16; p++) sum = fmaf(As[ty][p], Bs[p][tx], sum);
    __syncthreads();
  }
  if (i < m && j < n) {
    float* dst = c + (long long)i * ldc + j;
    float v = alpha * sum;
    *dst = beta == 0.f ? v : v + beta * *dst;
  }
}
