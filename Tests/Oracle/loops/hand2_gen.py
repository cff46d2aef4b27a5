#!/usr/bin/env python3
"""Random generator of loop programs with guards on the loop variable and state changes.

usage: gen.py OUTDIR COUNT SEED [--free]
By default ("safe" mode) it avoids the three known bug patterns (stale loop-local tensors read
before being rebound, `global i` loop variables, local/global name collisions), so that new
mismatches point at new bugs. --free allows them.
"""
import random, sys, os

out, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
FREE = "--free" in sys.argv
os.makedirs(out, exist_ok=True)


def guard(r, v, n, lo, step, kname=None):
    """A boolean condition on loop variable v for a loop over lo, lo+step, ... (n iterations)."""
    vals = [lo + step * k for k in range(n)]
    t = r.choice(vals)
    p = r.choice([2, 3, 4, 5, 6, 7, 8, 10, 13])
    q = r.randrange(p)
    t2 = r.choice(vals)
    a, b2 = sorted([t, t2])
    opts = [
        f"{v} % {p} == {q}",
        f"{v} < {t}",
        f"{v} > {t}",
        f"{v} == {t}",
        f"{v} >= {t}",
        f"{v} <= {t}",
        f"{a} <= {v} < {b2}",
        f"{v} % {p} == {q} and {v} > {t}",
        f"{v} % {p} == 0 or {v} == {t}",
        f"not {v} % {p}",
        f"{v} // {p} == {q}",
        f"({v} + {r.randrange(5)}) % {p} == {q}",
        f"{v} == N - 1",
        f"{v} * 0.5 > {t * 0.5 + 0.25}",
        f"{v} != {t}",
        f"{v} % {p} != {q}",
        f"{v} in_range_placeholder",
        f"{v} == 1",
        f"{v} == 2",
        f"{v} < 3",
        f"{v} > 2 and {v} < {t}",
        f"{v} - {t} == 0 or {v} % {p} == {q}",
        f"({v} % {p} == {q}) == True",
        f"{v} % {p} == {q} if {v} > {t} else {v} == {t2}",
    ]
    if kname:
        opts += [f"{v} % {kname} == 0", f"{v} % {kname} == {kname} - 1"]
    rare = [
        f"{v} % {max(p, 5) * 2} == {q}",
        f"{v} > {t}",
        f"{v} == {t}",
        f"{v} >= {t}",
        f"{v} == N - 1",
        f"{v} == N - 2",
        f"{v} % {max(p, 5)} == {max(p, 5) - 1}",
        f"{v} > {t} and {v} % 5 == {q % 5}",
        f"{v} // {max(p, 5)} == {q}",
    ]
    g = r.choice(opts) if r.random() < 0.35 else r.choice(rare)
    if kname and r.random() < 0.2:
        g = r.choice([f"{v} % {kname} == 0", f"{v} % {kname} == {kname} - 1"])
    if "in_range_placeholder" in g:
        g = f"{v} >= {a} and {v} < {b2}"
    return g


class Prog:
    def __init__(self, r):
        self.r = r
        self.lines = []

    def add(self, ind, s):
        for line in s.split("\n"):
            self.lines.append("    " * ind + line)


def make(r):
    P = Prog(r)
    v = r.choice(["i", "i", "i", "step", "epoch", "t"])
    n = r.choice([8, 9, 10, 12, 15, 20, 25, 30, 40, 50, 64, 100])
    form = r.random()
    if form < 0.55:
        lo, step = 0, 1
        rng = f"range(N)"
    elif form < 0.7:
        lo, step = r.randrange(-10, 20), 1
        rng = f"range({lo}, {lo} + N)"
    elif form < 0.85:
        step = r.choice([2, 3, 5])
        lo = r.randrange(-5, 10)
        rng = f"range({lo}, {lo} + N * {step}, {step})"
    else:
        step = -r.choice([1, 2, 3])
        lo = r.randrange(0, 200)
        rng = f"range({lo}, {lo} - N * {-step}, {step})"
    dim = r.choice([1, 2, 3])
    placement = r.choice(["module", "module", "module", "func", "func", "nested"])
    if FREE and r.random() < 0.15 and placement == "func":
        placement = "func_global"
    opt = r.choice(["manual", "manual", "manual", "sgd", "sgd", "sgd_mom", "none_grad"])
    use_k = r.random() < 0.3
    act = r.choice(["", ".tanh()", ".sigmoid()", ".relu()", "", ""])
    P.add(0, "import torch")
    P.add(0, "torch.manual_seed(%d)" % r.randrange(100))
    P.add(0, f"x = torch.randn(6, {dim})")
    P.add(0, f"y = torch.randn(6)")
    P.add(0, f"w = torch.randn({dim}, requires_grad=True)")
    P.add(0, f"b = torch.zeros(1, requires_grad=True)")
    P.add(0, f"N = {n}")
    P.add(0, f"lr = {r.choice([0.01, 0.05, 0.1, 0.2])}")
    P.add(0, "hist = []")
    P.add(0, "counter = 0")
    if use_k:
        P.add(0, f"k = {r.choice([2, 3, 4, 5, 7])}")
    if opt in ("sgd", "sgd_mom"):
        mom = ", momentum=0.9" if opt == "sgd_mom" else ""
        P.add(0, f"opt = torch.optim.SGD([w, b], lr=lr{mom})")

    # helper functions reading the loop variable through globals or closure
    helpers = []
    helper_src = []
    if r.random() < 0.4:
        g = guard(r, v, n, lo, step)
        helper_src.append(f"def report(l):\n    if {g}:\n        print('report', {v}, round(l.item(), 5))")
        helpers.append("report(loss)")
    if r.random() < 0.25:
        g = guard(r, v, n, lo, step)
        helper_src.append(f"def bump():\n    global counter\n    if {g}:\n        counter = counter + 1")
        helpers.append("bump()")
    if r.random() < 0.07:
        g = guard(r, v, n, lo, step)
        helper_src.append(f"def factor():\n    if {g}:\n        return 0.5\n    return 1.0")
        helpers.append("FACTOR")

    gl = "global counter, lr, hist, x, y, N" + (", k" if use_k else "") + ("" if opt not in ("sgd", "sgd_mom") else ", opt")
    if placement == "module":
        for h in helper_src:
            P.add(0, h)
        base = 0
        P.add(0, f"for {v} in {rng}:")
    elif placement in ("func", "func_global"):
        P.add(0, "def train():")
        P.add(1, gl + (f", {v}" if placement == "func_global" else ""))
        for h in helper_src:
            P.add(1, h)
        base = 1
        P.add(1, f"for {v} in {rng}:")
    else:
        outer = r.choice(["o", "e2"])
        P.add(0, f"for {outer} in range({r.choice([2, 3])}):")
        for h in helper_src:
            P.add(1, h)
        base = 1
        P.add(1, f"for {v} in {rng}:")
    ind = base + 1
    body = []
    # statements before forward: guard assignments
    if r.random() < 0.35:
        g = guard(r, v, n, lo, step)
        body.append(f"scale = {r.choice([0.5, 2.0, 0.0, 1.5])} if {g} else 1.0")
    else:
        body.append("scale = 1.0")
    if r.random() < 0.2:
        pp = r.choice([5, 10, 20])
        body.append(f"lr_now = lr * (0.5 ** ({v} // {pp}))")
    elif r.random() < 0.1:
        body.append(f"lr_now = lr / ({v} + 1)" if lo >= 0 and step > 0 else "lr_now = lr")
    else:
        body.append("lr_now = lr")
    if r.random() < 0.25:
        g = guard(r, v, n, lo, step)
        body.append(f"prn = {g}")
    else:
        body.append("prn = False")
    body.append(f"pred = (x @ w + b){act}")
    body.append("loss = ((pred - y) ** 2).mean() * scale")
    if "FACTOR" in helpers:
        body.append("loss = loss * factor()")
    nconds = r.randint(1, 4)
    actions_mid = []
    for _ in range(nconds):
        g = guard(r, v, n, lo, step, "k" if use_k else None)
        a = r.choice([
            "loss = loss * 2.0",
            "loss = loss + (w ** 2).sum() * 0.1",
            "loss = loss * 0.0",
            "lr = lr * 0.5",
            "lr = lr * 0.9",
            "print('it', {v}, round(loss.item(), 5))",
            "hist.append(round(loss.item(), 4))",
            "counter = counter + 1",
            "counter += 2",
            "k = k + 1" if use_k else "counter = counter * 2",
            "pass",
            "w.data.mul_(0.9)",
            "b.data.zero_()",
            "print('w', w)",
            "x = x * 1.1",
            "y = y + 0.1",
            "w.data.add_(0.01)",
            "lr = lr / 2",
            "N = N - 1",
        ]).replace("{v}", v)
        actions_mid.append(f"if {g}:\n    {a}")
    body.extend(actions_mid)
    body.append("if prn:\n    print('prn', " + v + ", loss.item())")
    # backward + update
    if opt == "manual":
        body.append("loss.backward()\nwith torch.no_grad():\n    w -= lr_now * w.grad\n    b -= lr_now * b.grad\nw.grad.zero_()\nb.grad.zero_()")
    elif opt == "none_grad":
        body.append("loss.backward()\nwith torch.no_grad():\n    w -= lr_now * w.grad\n    b -= lr_now * b.grad\nw.grad = None\nb.grad = None")
    else:
        body.append("opt.zero_grad()\nloss.backward()\nopt.step()")
        if r.random() < 0.3:
            g = guard(r, v, n, lo, step)
            mom = ", momentum=0.9" if opt == "sgd_mom" else ""
            body.append(f"if {g}:\n    opt = torch.optim.SGD([w, b], lr=lr * 0.5{mom})\n    lr = lr * 0.5")
    for h in helpers:
        if h != "FACTOR":
            body.append(h)
    # late actions (after everything assigned): exits and logging
    late = []
    for _ in range(r.randint(0, 2)):
        g = guard(r, v, n, lo, step)
        kind = r.random()
        if kind < 0.3:
            late.append(f"if {g}:\n    break")
        elif kind < 0.45:
            late.append(f"if {g}:\n    continue")
        elif kind < 0.55 and placement in ("func", "func_global"):
            late.append(f"if {g}:\n    return loss")
        elif kind < 0.62:
            late.append(f"if {g}:\n    raise ValueError('stop %d' % {v})")
        else:
            late.append(f"if {g}:\n    hist.append({v})")
    if FREE and r.random() < 0.3:
        # known-bug pattern A: stale loop-local read at the top or early exit before assignment
        g = guard(r, v, n, lo, step)
        body.insert(0, f"if {g}:\n    break")
    body.extend(late)
    for s in body:
        P.add(ind, s)
    # after loop
    tail_ind = base
    if placement == "nested":
        P.add(1, "print('outer', w, b)")
        tail_ind = 0
    if placement in ("func", "func_global"):
        P.add(1, "return None")
        P.add(0, "try:\n    print('ret', train())\nexcept ValueError as e:\n    print('err', e)")
    P.add(0, "print(w, b)")
    P.add(0, "print(lr, counter, hist" + (", k" if use_k else "") + ")")
    if placement == "module" or placement == "nested":
        P.add(0, f"print({v})")
        P.add(0, "print(loss)")
    src = "\n".join(P.lines) + "\n"
    # module-level raise: wrap with try so the program continues
    if placement in ("module", "nested") and "raise ValueError" in src:
        lines = src.split("\n")
        start = next(j for j, l in enumerate(lines) if l.startswith("for "))
        end = next(j for j, l in enumerate(lines) if l.startswith("print(w, b)"))
        block = ["try:"] + ["    " + l for l in lines[start:end]] + ["except ValueError as e:", "    print('err', e)"]
        lines = lines[:start] + block + lines[end:]
        src = "\n".join(lines)
    return src


r = random.Random(seed)
for j in range(count):
    src = make(r)
    with open(os.path.join(out, f"r{seed}_{j:04d}.py"), "w") as f:
        f.write(src)
