// Elementwise, row-wise and reduction kernels for the ppl4j GPU backend
// (org.ppl4j.pfn.tensor.gpu.GpuBackend): the same formulas as org.ppl4j.pfn.tensor.cpu.RowKernels and
// CpuBackend, in fp32. Row kernels give one warp to a row (lanes stride the columns, warp
// shuffles reduce). Every reduction runs in a fixed order (no floating-point atomics), so results
// are the same from run to run. Compiled to PTX by `nvcc -ptx -arch=compute_80`.

namespace {

constexpr float GELU_C = 0.7978845608028654f;  // sqrt(2 / pi)
constexpr float GELU_A = 0.044715f;

__device__ __forceinline__ float warp_sum(float v) {
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
  return v;
}

__device__ __forceinline__ float warp_max(float v) {
#pragma unroll
  for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));
  return v;
}

__device__ __forceinline__ long long global_index() {
  return (long long)blockIdx.x * blockDim.x + threadIdx.x;
}

__device__ __forceinline__ long long grid_stride() {
  return (long long)gridDim.x * blockDim.x;
}

// The row of the calling warp (blockDim.x a multiple of 32), or -1 past the last row.
__device__ __forceinline__ int warp_row(int rows) {
  int r = (int)(((long long)blockIdx.x * blockDim.x + threadIdx.x) / 32);
  return r < rows ? r : -1;
}

}  // namespace

extern "C" __global__ void ew_add(const float* a, const float* b, float* out, long long n) {
  for (long long i = global_index(); i < n; i += grid_stride()) out[i] = a[i] + b[i];
}

extern "C" __global__ void ew_axpy(float alpha, const float* x, float* y, long long n) {
  for (long long i = global_index(); i < n; i += grid_stride()) y[i] += alpha * x[i];
}

extern "C" __global__ void ew_scale(float* x, float factor, long long n) {
  for (long long i = global_index(); i < n; i += grid_stride()) x[i] *= factor;
}

extern "C" __global__ void add_row_vector(float* y, const float* bias, int rows, int cols) {
  long long n = (long long)rows * cols;
  for (long long i = global_index(); i < n; i += grid_stride()) y[i] += bias[i % cols];
}

extern "C" __global__ void gelu_forward(const float* x, float* out, long long n) {
  for (long long i = global_index(); i < n; i += grid_stride()) {
    float v = x[i];
    float t = tanhf(GELU_C * (v + GELU_A * v * v * v));
    out[i] = 0.5f * v * (1.f + t);
  }
}

extern "C" __global__ void gelu_backward(const float* x, const float* dy, float* dx, long long n) {
  for (long long i = global_index(); i < n; i += grid_stride()) {
    float v = x[i];
    float t = tanhf(GELU_C * (v + GELU_A * v * v * v));
    float d = 0.5f * (1.f + t) + 0.5f * v * (1.f - t * t) * GELU_C * (1.f + 3.f * GELU_A * v * v);
    dx[i] += d * dy[i];
  }
}

// Column sums in two deterministic stages. Stage 1: block (32, 8) sums columns
// [32 * blockIdx.x, +32) over the row slice blockIdx.y; mode 0 sums x, mode 1 sums
// dy * (x - mean[r]) * rstd[r] (the LayerNorm gain gradient), writing partial[slice][col].
extern "C" __global__ void column_sums_partial(const float* x, const float* dy, const float* mean,
                                               const float* rstd, float* partial, int rows,
                                               int cols, int rowsPerSlice, int mode) {
  __shared__ float s[8][33];
  int col = blockIdx.x * 32 + threadIdx.x;
  int r0 = blockIdx.y * rowsPerSlice;
  int r1 = min(rows, r0 + rowsPerSlice);
  float sum = 0.f;
  if (col < cols) {
    for (int r = r0 + threadIdx.y; r < r1; r += 8) {
      long long o = (long long)r * cols + col;
      sum += mode == 0 ? x[o] : dy[o] * (x[o] - mean[r]) * rstd[r];
    }
  }
  s[threadIdx.y][threadIdx.x] = sum;
  __syncthreads();
  if (threadIdx.y == 0 && col < cols) {
    float t = 0.f;
#pragma unroll
    for (int y = 0; y < 8; y++) t += s[y][threadIdx.x];
    partial[(long long)blockIdx.y * cols + col] = t;
  }
}

// Stage 2: out[c] += sum over slices of partial[slice][c], in slice order.
extern "C" __global__ void column_sums_finish(const float* partial, float* out, int slices,
                                              int cols) {
  int c = blockIdx.x * blockDim.x + threadIdx.x;
  if (c >= cols) return;
  float t = 0.f;
  for (int s = 0; s < slices; s++) t += partial[(long long)s * cols + c];
  out[c] += t;
}

// Sum of squares: each block writes the double sum of its grid-stride share to partial[block];
// the host adds the partials in order.
extern "C" __global__ void sum_of_squares_partial(const float* x, long long n, double* partial) {
  __shared__ double s[256];
  double acc = 0.0;
  for (long long i = global_index(); i < n; i += grid_stride()) acc += (double)x[i] * x[i];
  s[threadIdx.x] = acc;
  __syncthreads();
  for (int w = blockDim.x / 2; w > 0; w >>= 1) {
    if (threadIdx.x < w) s[threadIdx.x] += s[threadIdx.x + w];
    __syncthreads();
  }
  if (threadIdx.x == 0) partial[blockIdx.x] = s[0];
}

extern "C" __global__ void layer_norm_forward(const float* x, const float* gamma,
                                              const float* beta, float* out, float* mean,
                                              float* rstd, int rows, int cols, float eps) {
  int r = warp_row(rows);
  if (r < 0) return;
  int lane = threadIdx.x % 32;
  const float* xr = x + (long long)r * cols;
  float s = 0.f;
  for (int c = lane; c < cols; c += 32) s += xr[c];
  float mu = warp_sum(s) / cols;
  float ss = 0.f;
  for (int c = lane; c < cols; c += 32) {
    float d = xr[c] - mu;
    ss += d * d;
  }
  float rs = rsqrtf(warp_sum(ss) / cols + eps);
  if (lane == 0) {
    mean[r] = mu;
    rstd[r] = rs;
  }
  float* o = out + (long long)r * cols;
  for (int c = lane; c < cols; c += 32) o[c] = gamma[c] * (xr[c] - mu) * rs + beta[c];
}

extern "C" __global__ void layer_norm_backward_input(const float* x, const float* gamma,
                                                     const float* mean, const float* rstd,
                                                     const float* dy, float* dx, int rows,
                                                     int cols) {
  int r = warp_row(rows);
  if (r < 0) return;
  int lane = threadIdx.x % 32;
  long long o = (long long)r * cols;
  float mu = mean[r];
  float rs = rstd[r];
  float sumD = 0.f;
  float sumDx = 0.f;
  for (int c = lane; c < cols; c += 32) {
    float d = dy[o + c] * gamma[c];
    sumD += d;
    sumDx += d * (x[o + c] - mu) * rs;
  }
  float mD = warp_sum(sumD) / cols;
  float mDx = warp_sum(sumDx) / cols;
  for (int c = lane; c < cols; c += 32) {
    float d = dy[o + c] * gamma[c];
    float xh = (x[o + c] - mu) * rs;
    dx[o + c] += rs * (d - mD - xh * mDx);
  }
}

// Softmax of each row in place: p = softmax(p).
extern "C" __global__ void softmax_rows(float* p, int rows, int cols) {
  int r = warp_row(rows);
  if (r < 0) return;
  int lane = threadIdx.x % 32;
  float* row = p + (long long)r * cols;
  float mx = -INFINITY;
  for (int c = lane; c < cols; c += 32) mx = fmaxf(mx, row[c]);
  mx = warp_max(mx);
  float s = 0.f;
  for (int c = lane; c < cols; c += 32) {
    float e = expf(row[c] - mx);
    row[c] = e;
    s += e;
  }
  float inv = 1.f / warp_sum(s);
  for (int c = lane; c < cols; c += 32) row[c] *= inv;
}

// Backward of a row softmax, in place on dp: dp = p * (dp - <p, dp>) * scale.
extern "C" __global__ void softmax_backward_rows(const float* p, float* dp, int rows, int cols,
                                                 float scale) {
  int r = warp_row(rows);
  if (r < 0) return;
  int lane = threadIdx.x % 32;
  long long o = (long long)r * cols;
  float dot = 0.f;
  for (int c = lane; c < cols; c += 32) dot += p[o + c] * dp[o + c];
  dot = warp_sum(dot);
  for (int c = lane; c < cols; c += 32) dp[o + c] = p[o + c] * (dp[o + c] - dot) * scale;
}

// loss[r] = -log softmax(z[r])[t[r]], dz[r] = w[r] * (softmax(z[r]) - onehot(t[r])).
// A target outside [0, classes) gives a NaN loss and a NaN gradient row.
extern "C" __global__ void softmax_cross_entropy(const float* z, const float* t, const float* w,
                                                 float* loss, float* dz, int rows, int classes) {
  int r = warp_row(rows);
  if (r < 0) return;
  int lane = threadIdx.x % 32;
  long long o = (long long)r * classes;
  float mx = -INFINITY;
  for (int c = lane; c < classes; c += 32) mx = fmaxf(mx, z[o + c]);
  mx = warp_max(mx);
  float s = 0.f;
  for (int c = lane; c < classes; c += 32) {
    float e = expf(z[o + c] - mx);
    dz[o + c] = e;
    s += e;
  }
  s = warp_sum(s);
  int target = (int)t[r];
  bool valid = target >= 0 && target < classes && t[r] == (float)target;
  float scale = w[r] / s;
  for (int c = lane; c < classes; c += 32) {
    dz[o + c] = valid ? dz[o + c] * scale - (c == target ? w[r] : 0.f) : NAN;
  }
  if (lane == 0) loss[r] = valid ? mx + logf(s) - z[o + target] : NAN;
}

extern "C" __global__ void log_softmax_rows(const float* z, float* out, int rows, int classes) {
  int r = warp_row(rows);
  if (r < 0) return;
  int lane = threadIdx.x % 32;
  long long o = (long long)r * classes;
  float mx = -INFINITY;
  for (int c = lane; c < classes; c += 32) mx = fmaxf(mx, z[o + c]);
  mx = warp_max(mx);
  float s = 0.f;
  for (int c = lane; c < classes; c += 32) s += expf(z[o + c] - mx);
  float logSum = mx + logf(warp_sum(s));
  for (int c = lane; c < classes; c += 32) out[o + c] = z[o + c] - logSum;
}

// out[b][r - from][:] = x[b][r][:] for r in [from, to); with accumulate, x[b][r] += out[b][r - from].
extern "C" __global__ void gather_rows(const float* x, float* out, int batch, int rowsPerBlock,
                                       int from, int to, int cols) {
  long long per = (long long)(to - from) * cols;
  long long n = per * batch;
  for (long long i = global_index(); i < n; i += grid_stride()) {
    long long b = i / per;
    long long rest = i % per;
    out[i] = x[(b * rowsPerBlock + from) * cols + rest];
  }
}

extern "C" __global__ void scatter_rows_add(const float* dOut, float* dx, int batch,
                                            int rowsPerBlock, int from, int to, int cols) {
  long long per = (long long)(to - from) * cols;
  long long n = per * batch;
  for (long long i = global_index(); i < n; i += grid_stride()) {
    long long b = i / per;
    long long rest = i % per;
    dx[(b * rowsPerBlock + from) * cols + rest] += dOut[i];
  }
}

extern "C" __global__ void mask_rows(const float* x, float* out, int batch, int rowsPerBlock,
                                     int keep, int cols) {
  long long n = (long long)batch * rowsPerBlock * cols;
  for (long long i = global_index(); i < n; i += grid_stride()) {
    int row = (int)((i / cols) % rowsPerBlock);
    out[i] = row < keep ? x[i] : 0.f;
  }
}

// One bias-corrected Adam step (Kingma and Ba 2015), as CpuBackend.adamStep: stepSize = lr / c1,
// rc2 = 1 / sqrt(c2), both computed on the host.
extern "C" __global__ void adam_step(float* p, const float* g, float* m, float* v, float gradScale,
                                     float stepSize, float beta1, float beta2, float eps,
                                     float rc2, long long n) {
  for (long long i = global_index(); i < n; i += grid_stride()) {
    float gi = g[i] * gradScale;
    float mi = beta1 * m[i] + (1.f - beta1) * gi;
    float vi = beta2 * v[i] + (1.f - beta2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    p[i] -= stepSize * mi / (sqrtf(vi) * rc2 + eps);
  }
}
