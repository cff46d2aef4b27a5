#!/usr/bin/env python3
"""Second generator: structured bodies of guarded blocks over persistent tensors.

usage: gen2.py OUTDIR COUNT SEED
Avoids the known bug patterns: every early exit sits at the end of the body, loop-local tensors
are assigned unconditionally before any read, no `global <loopvar>`, no local/global name clash,
no requires_grad toggling.
"""
import random, sys, os

out, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(out, exist_ok=True)


def G(r, v, vals, extra_names=()):
    t = r.choice(vals)
    t2 = r.choice(vals)
    a, b = sorted([t, t2])
    p = r.choice([3, 5, 7, 8, 10, 11, 16, 25])
    q = r.randrange(p)
    cands = [
        (3, f"{v} % {p} == {q}"),
        (2, f"{v} == {t}"),
        (2, f"{v} > {t}"),
        (1, f"{v} < {t}"),
        (1, f"{a} <= {v} < {b}"),
        (1, f"{v} % {p} == {q} or {v} == {t}"),
        (1, f"{v} % {p} == {q} and {v} > {t}"),
        (1, f"not ({v} - {t}) % {p}"),
        (1, f"{v} // {p} == {q % 3}"),
        (1, f"{v} == LAST"),
        (1, f"({v} > {t}) != ({v} > {t2})"),
        (1, f"{v} ** 2 > {t * t}"),
        (1, f"{v} & {r.choice([4, 8, 16])}"),
        (1, f"{v} % {p} == {q} if {v} > {t} else False"),
    ]
    for n in extra_names:
        cands.append((2, f"{v} % {n} == 0"))
        cands.append((1, f"{v} > {n}"))
    tot = sum(c[0] for c in cands)
    x = r.uniform(0, tot)
    for wgt, c in cands:
        x -= wgt
        if x <= 0:
            return c
    return cands[0][1]


def GR(r, v, vals):
    """a rare guard: true in few iterations, false at iterations 1 and 2"""
    late = [x for x in vals[3:]] or vals
    t = r.choice(late)
    p = r.choice([7, 10, 16, 25, 50])
    return r.choice([f"{v} == {t}", f"{v} % {p} == {p - 1}", f"{v} == LAST", f"{v} % {p} == {p - 1} and {v} != {t}",
                     f"{v} > {max(late)} - {r.randrange(3)}", f"({v} - {vals[0]}) % {p} == {p - 1}"])


def make(r):
    v = r.choice(["i", "it", "epoch", "s"])
    n = r.choice([8, 9, 11, 16, 23, 32, 47, 64, 120])
    kind = r.random()
    if kind < 0.6:
        lo, st, rng = 0, 1, f"range({n})"
    elif kind < 0.75:
        lo = r.randrange(-30, 30)
        st = 1
        rng = f"range({lo}, {lo + n})"
    elif kind < 0.9:
        st = r.choice([2, 4, 7])
        lo = r.randrange(-20, 20)
        rng = f"range({lo}, {lo + n * st}, {st})"
    else:
        st = -r.choice([1, 3])
        lo = r.randrange(0, 300)
        rng = f"range({lo}, {lo + n * st}, {st})"
    vals = [lo + st * k for k in range(n)]
    last = vals[-1]
    d = r.choice([2, 3, 4])
    L = []
    L.append("import torch")
    L.append(f"torch.manual_seed({r.randrange(1000)})")
    L.append(f"X = torch.randn(5, {d})")
    L.append("Y = torch.randn(5)")
    L.append(f"W = torch.randn({d}, requires_grad=True)")
    L.append("B = torch.zeros(1, requires_grad=True)")
    L.append(f"S = torch.zeros({d})")  # a persistent non-grad tensor written in place
    L.append(f"LAST = {last}")
    L.append(f"lr = {r.choice([0.02, 0.05, 0.1])}")
    L.append(f"per = {r.choice([3, 4, 6, 9])}")
    L.append("tally = 0")
    L.append("notes = []")
    L.append("mode = 'a'")
    useopt = r.random() < 0.35
    if useopt:
        L.append("opt = torch.optim.SGD([W, B], lr=lr)")
    place = r.choice(["mod", "mod", "func", "func_closure", "nested_outer", "called_inner"])
    gnames = "global lr, per, tally, notes, mode, X, Y, S, W, B" + (", opt" if useopt else "")

    body = []
    # guard-valued assignments
    if r.random() < 0.5:
        body.append(f"c = {r.choice([0.5, 2.0, 0.0, -1.0])} if {G(r, v, vals)} else 1.0")
    else:
        body.append("c = 1.0")
    if r.random() < 0.3:
        body.append(f"phase = {v} // {r.choice([5, 10, 20, 50])}")
        body.append("c = c * (0.9 ** phase)")
    if r.random() < 0.2:
        body.append(f"mode = 'b' if {G(r, v, vals)} else 'a'")
    if r.random() < 0.2:
        body.append(f"on = {G(r, v, vals, ['per'])}")
    else:
        body.append("on = False")
    act = r.choice(["", ".tanh()", ".sigmoid()", ""])
    body.append(f"h = (X @ W + B){act}")
    body.append("loss = ((h - Y) ** 2).mean() * c")
    if r.random() < 0.4:
        body.append("if mode == 'b':\n    loss = loss + (W * W).sum() * 0.01")
    # guarded blocks before backward (modify loss only)
    for _ in range(r.randint(0, 2)):
        body.append(f"if {G(r, v, vals, ['per']) if r.random() < 0.3 else GR(r, v, vals)}:\n    loss = loss * {r.choice([0.0, 0.5, 3.0])}")
    body.append("if on:\n    print('on', " + v + ", round(loss.item(), 5))")
    if useopt:
        body.append("opt.zero_grad()\nloss.backward()\nopt.step()")
    else:
        zg = r.choice(["W.grad.zero_()\nB.grad.zero_()", "W.grad = None\nB.grad = None"])
        body.append("loss.backward()\nwith torch.no_grad():\n    W -= lr * W.grad\n    B -= lr * B.grad\n" + zg)
    body.append("with torch.no_grad():\n    S.mul_(0.5).add_(W.detach())")
    # guarded state changes after the step
    acts = [
        "lr = lr * 0.5",
        "per = per + 1",
        "tally = tally + 1",
        "tally += " + v,
        "notes.append(" + v + ")",
        "notes.append(round(loss.item(), 4))",
        "print('log', " + v + ", round(loss.item(), 5), W)",
        "with torch.no_grad():\n        W.mul_(0.5)",
        "W.data.zero_()",
        "S.zero_()",
        "X = X * 0.9",
        "Y = Y.flip(0)",
        "mode = 'b'",
        "mode = 'a'",
        "print(S)",
        "W.grad = None" if not useopt else "opt = torch.optim.SGD([W, B], lr=lr * 0.5)",
        "B.requires_grad_(True)",
        "W = W.detach().clone().requires_grad_(True)" + ("\n    opt = torch.optim.SGD([W, B], lr=lr)" if useopt else ""),
    ]
    for _ in range(r.randint(1, 4)):
        g = G(r, v, vals, ['per']) if r.random() < 0.3 else GR(r, v, vals)
        body.append(f"if {g}:\n    {r.choice(acts)}")
    # exits at the end
    for _ in range(r.randint(0, 2)):
        e = r.random()
        g = GR(r, v, vals)
        if e < 0.4:
            body.append(f"if {g}:\n    break")
        elif e < 0.65:
            body.append(f"if {g}:\n    continue")
        elif e < 0.8:
            body.append(f"if {g}:\n    raise ValueError({v})")
        elif place in ("func", "func_closure", "called_inner"):
            body.append(f"if {g}:\n    return {v}")
        else:
            body.append(f"if {g}:\n    tally -= 1")

    def emit(ind, lines):
        for s in lines:
            for ln in s.split("\n"):
                L.append("    " * ind + ln)

    if place == "mod":
        L.append(f"for {v} in {rng}:")
        emit(1, body)
        L.append("print('end', " + v + ")")
        L.append("print(h, loss)")
    elif place == "func":
        L.append("def train():")
        L.append("    " + gnames)
        L.append(f"    for {v} in {rng}:")
        emit(2, body)
        L.append(f"    return ('done', {v}, loss.item())")
        L.append("print(train())")
    elif place == "func_closure":
        L.append("def train():")
        L.append("    " + gnames)
        L.append("    def peek(t):")
        L.append(f"        if {G(r, v, vals)}:")
        L.append(f"            print('peek', {v}, t.sum().item())")
        L.append(f"    for {v} in {rng}:")
        emit(2, body + ["peek(h)"])
        L.append(f"    return ('done', {v})")
        L.append("print(train())")
    elif place == "nested_outer":
        L.append("for rep in range(%d):" % r.choice([2, 3, 9]))
        L.append(f"    for {v} in {rng}:")
        emit(2, body)
        L.append("    print('rep', rep, W)")
    else:
        L.append("def inner():")
        L.append("    " + gnames)
        L.append(f"    for {v} in {rng}:")
        emit(2, body)
        L.append(f"    return {v}")
        L.append("for rep in range(%d):" % r.choice([3, 8, 10]))
        L.append("    print('inner', inner())")
        if r.random() < 0.5:
            L.append("    if rep % 4 == 1:\n        lr = lr * 0.5")
    src = "\n".join(L) + "\n"
    # wrap everything after setup in try so ValueError is reported and the rest prints
    lines = src.split("\n")
    start = next(j for j, l in enumerate(lines) if l.startswith(("for ", "def ")))
    tail = lines[start:]
    src = "\n".join(lines[:start] + ["try:"] + ["    " + l for l in tail if l] +
                    ["except ValueError as e:", "    print('stopped', e)",
                     "print(W, B, S)", "print(lr, per, tally, notes, mode)"]) + "\n"
    return src


r = random.Random(seed)
for j in range(count):
    with open(os.path.join(out, f"q{seed}_{j:04d}.py"), "w") as f:
        f.write(make(r))
