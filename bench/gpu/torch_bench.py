#!/usr/bin/env python3
"""PyTorch reference figures for the GPU check of issue 6 (run by pfn/gpu/check.sh on a GPU machine).

Prints `RESULT name value` lines:
  torch_gemm_fp32_tflops   C = A B, 4096^3, fp32 with TF32 disabled (PyTorch's default for matmul)
  torch_gemm_tf32_tflops   the same with TF32 tensor cores allowed
  torch_gemm_bf16_tflops   the same in bf16
  torch_pfn_steps_per_s    training steps/s (eager, TF32 allowed, as the Java backend) of the PFN
                           of org.ppl4j.pfn.PfnNetwork: d=256, 6 post-LN layers, 4 heads,
                           FFN 512 (GELU, tanh form), decoder 256->512->1000 buckets, batch 64,
                           T=256 with 128 context rows (queries attend to the context only),
                           cross-entropy, Adam, gradient-norm clip 1; one fixed batch on the GPU
                           (as org.ppl4j.bench.pfn.GpuBenchmark)
  torch_pfn_steps_per_s_fp32  the same with TF32 disabled
Exits 3 with a message when PyTorch or a CUDA device is missing.
`--smoke` runs tiny shapes on the CPU instead (checks this script where there is no GPU).
"""
import sys
import time

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    print("no PyTorch here: skipping the PyTorch reference")
    sys.exit(3)

SMOKE = "--smoke" in sys.argv
if not SMOKE and not torch.cuda.is_available():
    print("PyTorch sees no CUDA device: skipping the PyTorch reference")
    sys.exit(3)

dev = torch.device("cpu" if SMOKE else "cuda")


def synchronize():
    if not SMOKE:
        torch.cuda.synchronize()


def result(name, value):
    print(f"RESULT {name} {value:.3f}", flush=True)


def gemm_tflops(dtype, tf32, n=4096, reps=10):
    torch.backends.cuda.matmul.allow_tf32 = tf32
    g = torch.Generator(device=dev).manual_seed(n)
    a = torch.rand(n, n, device=dev, dtype=torch.float32, generator=g).sub_(0.5).to(dtype)
    b = torch.rand(n, n, device=dev, dtype=torch.float32, generator=g).sub_(0.5).to(dtype)
    for _ in range(3):
        a @ b
    synchronize()
    t0 = time.perf_counter()
    for _ in range(reps):
        a @ b
    synchronize()
    return 2 * n ** 3 * reps / (time.perf_counter() - t0) / 1e12


class Layer(nn.Module):
    def __init__(self, d, heads, ffn):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.f1, self.f2 = nn.Linear(d, ffn), nn.Linear(ffn, d)

    def forward(self, h, n):
        b, t, d = h.shape
        dh = d // self.heads
        ctx = h[:, :n]
        q = self.q(h).view(b, t, self.heads, dh).transpose(1, 2)
        k = self.k(ctx).view(b, n, self.heads, dh).transpose(1, 2)
        v = self.v(ctx).view(b, n, self.heads, dh).transpose(1, 2)
        p = torch.softmax(q @ k.transpose(-1, -2) / dh ** 0.5, dim=-1)
        a = (p @ v).transpose(1, 2).reshape(b, t, d)
        h = self.ln1(h + self.o(a))
        return self.ln2(h + self.f2(F.gelu(self.f1(h), approximate="tanh")))


class Pfn(nn.Module):
    def __init__(self, d=256, layers=6, heads=4, ffn=512, decoder=512, buckets=1000):
        super().__init__()
        self.x_enc, self.y_enc = nn.Linear(1, d), nn.Linear(1, d)
        self.layers = nn.ModuleList(Layer(d, heads, ffn) for _ in range(layers))
        self.d1, self.d2 = nn.Linear(d, decoder), nn.Linear(decoder, buckets)

    def forward(self, x, y, n):
        mask = torch.zeros_like(y)
        mask[:, :n] = 1
        h = self.x_enc(x) + self.y_enc(y) * mask
        for layer in self.layers:
            h = layer(h, n)
        return self.d2(F.gelu(self.d1(h[:, n:]), approximate="tanh"))


def pfn_steps_per_s(tf32, batch=64, points=256, context=128, buckets=1000, warmup=5, steps=50):
    torch.backends.cuda.matmul.allow_tf32 = tf32
    torch.manual_seed(1)
    model = Pfn(buckets=buckets).to(dev)
    opt = torch.optim.Adam(model.parameters(), lr=1e-4)
    x = torch.rand(batch, points, 1, device=dev)
    y = torch.sin(6 * x) + 0.1 * torch.randn_like(x)
    target = torch.randint(0, buckets, (batch * (points - context),), device=dev)

    def step():
        opt.zero_grad(set_to_none=True)
        logits = model(x, y, context)
        loss = F.cross_entropy(logits.reshape(-1, buckets), target)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        return loss

    for _ in range(warmup):
        step()
    synchronize()
    t0 = time.perf_counter()
    for _ in range(steps):
        loss = step()
    loss.item()
    synchronize()
    return steps / (time.perf_counter() - t0)


if __name__ == "__main__":
    if SMOKE:
        print(f"torch {torch.__version__}, smoke run on the CPU", flush=True)
        result("smoke_gemm_tflops", gemm_tflops(torch.float32, False, n=256, reps=2))
        result("smoke_pfn_steps_per_s", pfn_steps_per_s(True, batch=2, points=16, context=8,
                                                        buckets=1000, warmup=1, steps=2))
        sys.exit(0)
    print(f"torch {torch.__version__} on {torch.cuda.get_device_name(0)}", flush=True)
    result("torch_gemm_fp32_tflops", gemm_tflops(torch.float32, False))
    result("torch_gemm_tf32_tflops", gemm_tflops(torch.float32, True))
    result("torch_gemm_bf16_tflops", gemm_tflops(torch.bfloat16, False))
    result("torch_pfn_steps_per_s", pfn_steps_per_s(True))
    result("torch_pfn_steps_per_s_fp32", pfn_steps_per_s(False))
