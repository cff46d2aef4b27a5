"""List every function of real torch that the bundled library calls, by running programs in the
shadow with a profiler: a call counts when the calling frame is a library file and the callee is
not (a C builtin or a Python function of torch / the standard library).

usage: /work/venv/bin/python Tools/library-shadow/primitives.py [PROGRAM.py ...]
Prints one line per callee with its call count; PRIMITIVES.md is checked against this.
Operators on tensors (x * y, -x, x += 1, x < y) are slot calls the profiler does not see;
PRIMITIVES.md lists them from reading the code.
"""

import collections
import glob
import io
import os
import runpy
import sys
import contextlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import run as shadow  # noqa: E402

LIB = shadow.LIBRARY
seen = collections.Counter()


def describe_c(fn):
    self_obj = getattr(fn, "__self__", None)
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", "?")
    module = getattr(fn, "__module__", None)
    if self_obj is not None and not isinstance(self_obj, type) and type(self_obj).__name__ not in ("module",):
        return f"{type(self_obj).__module__}.{type(self_obj).__qualname__}.{getattr(fn, '__name__', name)}"
    if self_obj is not None and type(self_obj).__name__ == "module":
        return f"{self_obj.__name__}.{fn.__name__}"
    return f"{module}.{name}" if module else name


def profiler(frame, event, arg):
    caller = frame
    if event == "c_call":
        if caller.f_code.co_filename.startswith(LIB):
            seen["C " + describe_c(arg)] += 1
    elif event == "call":
        back = frame.f_back
        if back is not None and back.f_code.co_filename.startswith(LIB) and not frame.f_code.co_filename.startswith(LIB):
            fn = frame.f_code.co_filename
            short = fn.split("site-packages/")[-1] if "site-packages" in fn else os.path.basename(fn)
            seen[f"Py {short}:{frame.f_code.co_qualname}"] += 1


def main():
    programs = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "Tests", "Oracle", "nn", "*.py")))
    shadow.install()
    for program in programs:
        program = os.path.abspath(program)
        sys.argv = [program]
        cwd = os.getcwd()
        os.chdir(os.path.dirname(program))
        sink = io.StringIO()
        try:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                sys.setprofile(profiler)
                try:
                    runpy.run_path(program, run_name="__main__")
                finally:
                    sys.setprofile(None)
        except BaseException:
            pass
        os.chdir(cwd)
    for name, n in sorted(seen.items()):
        print(f"{n:8d}  {name}")


if __name__ == "__main__":
    main()
