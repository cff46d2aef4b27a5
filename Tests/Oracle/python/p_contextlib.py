from contextlib import contextmanager, suppress, nullcontext, ExitStack
import time

@contextmanager
def timer(name):
    start = time.perf_counter()
    print(f"[{name}] start")
    try:
        yield name.upper()
    finally:
        print(f"[{name}] done", time.perf_counter() - start >= 0)

with timer("train") as t:
    print("inside", t)

@contextmanager
def swallow(*excs):
    try:
        yield
    except excs as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError):
    {}["x"]
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for n in ["a", "b"]:
        stack.enter_context(timer(n))
    print("body")
with timer("err"):
    raise RuntimeError("boom")
