#!/usr/bin/env python3
"""Reference tables for gradstep's float32 kernel parity with PyTorch (issue 18).

Run with the torch 2.15 venv:  /work/venv/bin/python Tests/Parity/make_parity_tables.py
It writes Tests/AutogradTests/KernelParityTables.swift: for every op a generator recipe (seed and
range; KernelParityTests.swift rebuilds the same inputs), FNV-1a hashes of PyTorch's result bits, and
a few inputs where PyTorch's result is not the correctly rounded one (the interesting cases).

Inputs: a stateless SplitMix64 stream. Element i takes SPECIALS[i] first; then 1 in 8 is a random
bit pattern (any float: subnormals, huge, NaN, inf); the rest are uniform in [lo, hi).
Layouts: the "vector" hash runs the op on contiguous pieces of 16,384 elements (below PyTorch's
32,768 grain, so no thread split, and a multiple of 16, so every element takes the vector loop);
the "tail" hash runs it on pieces of sizes 1, 2, ..., 40, 1, 2, ... over its own stream, which
exercises the scalar lambdas PyTorch uses for the last len % 32 elements (AVX-512: two 16-float
vectors per block; len % 16 with AVX2).
With --dump DIR it also writes raw inputs/outputs (DIR/op.{in,in2,out}) for measuring the ops
gradstep cannot match bit for bit (GRADSTEP_PARITY_DIR=DIR swift test --filter KernelParity).
"""
import math, sys, os
import numpy as np
import parity_inputs
from parity_inputs import SPECIALS, inputs
import torch
import torch.nn.functional as F

torch.set_num_threads(1)
FULL = 1 << 20          # inputs per op in the full table
PREFIX = 1 << 14        # inputs checked by every `swift test`
TAIL = 1 << 13          # inputs in the small-tensor (tail) table
PIECE = 1 << 14


def fnv(arr):
    """FNV-1a over the 32-bit words of the float32 result (word-wise, as the Swift test does). Every
    NaN counts as 0x7fc00000: which operand's payload a NaN result carries depends on how the
    compiler ordered commutative operands, and nothing in Python or gradstep can observe it."""
    return parity_inputs.fnv(np.ascontiguousarray(arr, dtype=np.float32))


def pieces(n, mode):
    out, i, k = [], 0, 1
    while i < n:
        size = PIECE if mode == "vector" else k
        out.append((i, min(n, i + size)))
        i += size
        k = k % 40 + 1
    return out


def run(f, xs, mode):
    res = np.empty_like(xs[0])
    for a, b in pieces(len(xs[0]), mode):
        args = [torch.from_numpy(x[a:b].copy()) for x in xs]
        res[a:b] = f(*args).detach().numpy()
    return res


def sigmoid_backward(x, g):
    x = x.clone().requires_grad_()
    y = torch.sigmoid(x)
    y.backward(g)
    return x.grad


def act_backward(f):
    def g(x, grad):
        x = x.clone().requires_grad_()
        f(x).backward(grad)
        return x.grad
    return g


def pow_backward(k):
    def f(x, g):
        x = x.clone().requires_grad_()
        torch.pow(x, k).backward(g)
        return x.grad
    return f


# name: (torch function, [(lo, hi, ints)] per input, matched by gradstep bit for bit?, float64 reference)
OPS = {
    "sigmoid": (torch.sigmoid, [(-30, 30, False)], True, lambda d: 1 / (1 + np.exp(-d[0]))),
    "expm1": (torch.expm1, [(-20, 90, False)], True, lambda d: np.expm1(d[0])),
    "log1p": (torch.log1p, [(-1, 100, False)], True, lambda d: np.log1p(d[0])),
    "sinh": (torch.sinh, [(-90, 90, False)], True, lambda d: np.sinh(d[0])),
    "cosh": (torch.cosh, [(-90, 90, False)], True, lambda d: np.cosh(d[0])),
    "rsqrt": (torch.rsqrt, [(0, 100, False)], True, lambda d: 1 / np.sqrt(d[0])),
    "pow_1.5": (lambda x: torch.pow(x, 1.5), [(0, 20, False)], True, lambda d: d[0] ** 1.5),
    "pow_-1.5": (lambda x: torch.pow(x, -1.5), [(0, 20, False)], True, lambda d: d[0] ** -1.5),
    "pow_0.3": (lambda x: torch.pow(x, 0.3), [(-5, 20, False)], True, lambda d: d[0] ** 0.3),
    "pow_2.5": (lambda x: torch.pow(x, 2.5), [(-5, 20, False)], True, lambda d: d[0] ** 2.5),
    "pow_3": (lambda x: torch.pow(x, 3), [(-50, 50, False)], True, lambda d: d[0] ** 3),
    "pow_-2": (lambda x: torch.pow(x, -2), [(-50, 50, False)], True, lambda d: d[0] ** -2),
    "pow_tensor": (torch.pow, [(-10, 10, False), (-5, 5, True)], True, lambda d: d[0] ** d[1]),
    "rpow_2": (lambda x: torch.pow(2.0, x), [(-130, 130, False)], True, lambda d: 2.0 ** d[0]),
    "rpow_0.7": (lambda x: torch.pow(0.7, x), [(-100, 100, False)], True, lambda d: 0.7 ** d[0]),
    "sigmoid_backward": (sigmoid_backward, [(-30, 30, False), (-4, 4, False)], True, None),
    "tanh_backward": (torch.ops.aten.tanh_backward, [(-4, 4, False), (-1, 1, False)], True, None),
    "pow_2.5_backward": (pow_backward(2.5), [(-5, 20, False), (-4, 4, False)], True, None),
    "silu": (F.silu, [(-30, 30, False)], True, lambda d: d[0] / (1 + np.exp(-d[0]))),
    "softplus": (F.softplus, [(-30, 30, False)], True, lambda d: np.where(d[0] > 20, d[0], np.log1p(np.exp(d[0])))),
    "mish": (F.mish, [(-30, 30, False)], True, lambda d: d[0] * np.tanh(np.log1p(np.exp(d[0])))),
    "elu": (F.elu, [(-30, 30, False)], True, lambda d: np.where(d[0] > 0, d[0], np.expm1(d[0]))),
    "gelu_tanh": (lambda x: F.gelu(x, approximate="tanh"), [(-10, 10, False)], True,
                  lambda d: 0.5 * d[0] * (1 + np.tanh(0.7978845608028654 * (d[0] + 0.044715 * d[0] ** 3)))),
    # oneDNN's gelu_erf (a JIT kernel with its own erf polynomial); gradstep uses glibc's erf.
    "gelu": (F.gelu, [(-10, 10, False)], False, None),
    # PyTorch computes these with Intel MKL's VML (closed source); gradstep rounds correctly.
    "exp": (torch.exp, [(-110, 110, False)], False, lambda d: np.exp(d[0])),
    "log": (torch.log, [(0, 100, False)], False, lambda d: np.log(d[0])),
    "sin": (torch.sin, [(-10, 10, False)], False, lambda d: np.sin(d[0])),
    "cos": (torch.cos, [(-10, 10, False)], False, lambda d: np.cos(d[0])),
    "tan": (torch.tan, [(-10, 10, False)], False, lambda d: np.tan(d[0])),
    "tanh": (torch.tanh, [(-10, 10, False)], False, lambda d: np.tanh(d[0])),
    "asin": (torch.asin, [(-1, 1, False)], False, lambda d: np.arcsin(d[0])),
    "acos": (torch.acos, [(-1, 1, False)], False, lambda d: np.arccos(d[0])),
    "atan": (torch.atan, [(-10, 10, False)], False, lambda d: np.arctan(d[0])),
    "log2": (torch.log2, [(0, 100, False)], False, lambda d: np.log2(d[0])),
    "log10": (torch.log10, [(0, 100, False)], False, lambda d: np.log10(d[0])),
    "sqrt": (torch.sqrt, [(0, 100, False)], False, lambda d: np.sqrt(d[0])),
    "selu": (F.selu, [(-30, 30, False)], True, None),
    "silu_backward": (act_backward(F.silu), [(-30, 30, False), (-4, 4, False)], True, None),
    "softplus_backward": (act_backward(lambda t: F.softplus(t, beta=2.0, threshold=5.0)), [(-30, 30, False), (-4, 4, False)], True, None),
    "mish_backward": (act_backward(F.mish), [(-30, 30, False), (-4, 4, False)], True, None),
    "elu_backward": (act_backward(lambda t: F.elu(t, alpha=0.3)), [(-30, 30, False), (-4, 4, False)], True, None),
    "gelu_tanh_backward": (act_backward(lambda t: F.gelu(t, approximate="tanh")), [(-10, 10, False), (-4, 4, False)], True, None),
    # The elementwise math of Ops/UnarySpecial.swift and Ops/BinarySpecial.swift.
    "exp2": (torch.exp2, [(-160, 140, False)], True, lambda d: np.exp2(d[0])),
    "frac": (torch.frac, [(-100, 100, False)], True, None),
    "lgamma": (torch.lgamma, [(-20, 40, False)], True, None),
    "digamma": (torch.digamma, [(-20, 40, False)], True, None),
    "acosh": (torch.acosh, [(0.5, 100, False)], True, lambda d: np.arccosh(d[0])),
    "atanh": (torch.atanh, [(-1.1, 1.1, False)], True, lambda d: np.arctanh(d[0])),
    "sinc": (torch.sinc, [(-10, 10, False)], True, None),
    "rad2deg": (torch.rad2deg, [(-10, 10, False)], True, None),
    "deg2rad": (torch.deg2rad, [(-720, 720, False)], True, None),
    "i0": (torch.i0, [(-100, 100, False)], True, None),
    "atan2": (torch.atan2, [(-10, 10, False), (-10, 10, False)], True, lambda d: np.arctan2(d[0], d[1])),
    # The vector loop is SLEEF's hypotf_u05, gradstep glibc's hypotf everywhere: they differ only where
    # the result is subnormal (3 of the 2^20 inputs, 1 ulp).
    "hypot": (torch.hypot, [(-10, 10, False), (-10, 10, False)], False, lambda d: np.hypot(d[0], d[1])),
    "logaddexp": (torch.logaddexp, [(-100, 100, False), (-100, 100, False)], True, None),
    "logaddexp2": (torch.logaddexp2, [(-100, 100, False), (-100, 100, False)], True, None),
    "xlogy": (torch.xlogy, [(-10, 10, False), (0, 100, False)], True, None),
    "copysign": (torch.copysign, [(-10, 10, False), (-10, 10, False)], True, None),
    "fmax": (torch.fmax, [(-10, 10, False), (-10, 10, False)], True, None),
    "fmin": (torch.fmin, [(-10, 10, False), (-10, 10, False)], True, None),
}


def main():
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    if dump:
        os.makedirs(dump, exist_ok=True)
    lines = []
    for k, (name, (f, ranges, matched, ref)) in enumerate(OPS.items()):
        seed = 1000 + 17 * k
        xs = [inputs(seed + j, lo, hi, FULL, specials=(j == 0), ints=ints) for j, (lo, hi, ints) in enumerate(ranges)]
        ts = [inputs(seed + 100 + j, lo, hi, TAIL, specials=(j == 0), ints=ints) for j, (lo, hi, ints) in enumerate(ranges)]
        with np.errstate(all="ignore"):
            y = run(f, xs, "vector")
            tail = run(f, ts, "tail")
            samples = []
            if ref is not None:
                cr = ref([x.astype(np.float64) for x in xs]).astype(np.float32)
                off = np.nonzero((y.view(np.uint32) != cr.view(np.uint32)) & ~(np.isnan(y) & np.isnan(cr)))[0]
                samples = [(int(xs[0][i].view(np.uint32)), int(y[i].view(np.uint32))) for i in off[:4] if len(xs) == 1]
                not_cr = len(off)
            else:
                not_cr = -1
        if dump:
            for j, x in enumerate(xs):
                x.tofile(f"{dump}/{name}.in{j}")
            y.tofile(f"{dump}/{name}.out")
        ranges_s = ", ".join(f"({float(lo)!r}, {float(hi)!r}, {'true' if ints else 'false'})" for lo, hi, ints in ranges)
        samples_s = ", ".join(f"(0x{a:08x}, 0x{b:08x})" for a, b in samples)
        lines.append(f'        ParityTable(op: "{name}", seed: {seed}, ranges: [{ranges_s}], matched: {"true" if matched else "false"},\n'
                     f'                    prefixHash: 0x{fnv(y[:PREFIX]):016x}, fullHash: 0x{fnv(y):016x}, tailHash: 0x{fnv(tail):016x},\n'
                     f'                    notCorrectlyRounded: {not_cr}, samples: [{samples_s}]),')
        print(name, "done", file=sys.stderr)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "AutogradTests", "KernelParityTables.swift")
    with open(out, "w") as fh:
        fh.write("// Generated by Tests/Parity/make_parity_tables.py with PyTorch " + torch.__version__ + " (" +
                 torch.backends.cpu.get_cpu_capability() + "). Do not edit.\n\n")
        fh.write(f"/// PyTorch's float32 results as hashes: {FULL} inputs per op ({PREFIX} checked by default), "
                 f"{TAIL} more in small tensors.\nlet kernelParityTables: [ParityTable] = [\n")
        fh.write("\n".join(lines) + "\n]\n")
        specials = ", ".join(f"0x{int(v):08x}" for v in np.array(SPECIALS, dtype=np.float32).view(np.uint32))
        fh.write(f"\nlet kernelParitySpecials: [Float] = [{specials}].map {{ Float(bitPattern: $0) }}\n")
        fh.write(f"let kernelParitySizes = (full: {FULL}, prefix: {PREFIX}, tail: {TAIL}, piece: {PIECE})\n")
        fh.write(f'let kernelParityCapability = "{torch.backends.cpu.get_cpu_capability()}"\n')


main()
