"""Compare many corpus programs, real torch vs bundled library, importing torch only once.

usage: /work/venv/bin/python Tools/library-shadow/batch.py [--expected] [PROGRAM.py ...]

A fork server: this process imports torch, then forks one child per program and mode (plain,
shadow). Each child runs the program as __main__ with stdout/stderr sent to files and exits
with 1 on an uncaught exception, as `python PROGRAM.py` would. Same verdicts as compare.sh,
several times faster on a loaded machine. With --expected the shadow run is also checked
against the committed .out/.code files.
"""

import glob
import os
import runpy
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import run as shadow  # noqa: E402

import torch  # noqa: E402,F401  (imported once, before forking)


def run_child(program, shadowed, out_path, err_path):
    pid = os.fork()
    if pid == 0:
        out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(out, 1)
        os.dup2(err, 2)
        code = 0
        try:
            if shadowed:
                shadow.install()
            os.chdir(os.path.dirname(program))
            sys.argv = [program]
            sys.path.insert(0, os.path.dirname(program))
            runpy.run_path(program, run_name="__main__")
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException:
            traceback.print_exc()
            code = 1
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def last_line(path):
    with open(path, errors="replace") as f:
        lines = [l.strip() for l in f.read().splitlines() if l.strip()]
    return lines[-1] if lines else ""


def main():
    args = sys.argv[1:]
    check_expected = False
    if args and args[0] == "--expected":
        check_expected = True
        args = args[1:]
    programs = [os.path.abspath(p) for p in args] or sorted(glob.glob(os.path.join(ROOT, "Tests", "Oracle", "nn", "*.py")))
    tmp = tempfile.mkdtemp()
    passed = failed = 0
    for program in programs:
        name = os.path.splitext(os.path.basename(program))[0]
        paths = {m: (os.path.join(tmp, m + ".out"), os.path.join(tmp, m + ".err")) for m in ("real", "lib")}
        rc_real = run_child(program, False, *paths["real"])
        rc_lib = run_child(program, True, *paths["lib"])
        real_out = open(paths["real"][0], "rb").read()
        lib_out = open(paths["lib"][0], "rb").read()
        problems = []
        if real_out != lib_out:
            problems.append("stdout differs")
        if rc_real != rc_lib:
            problems.append(f"exit {rc_real} vs {rc_lib}")
        if rc_real != 0 and last_line(paths["real"][1]) != last_line(paths["lib"][1]):
            problems.append(f"error: {last_line(paths['real'][1])!r} vs {last_line(paths['lib'][1])!r}")
        if check_expected:
            base = os.path.splitext(program)[0]
            if open(base + ".out", "rb").read() != lib_out:
                problems.append("stdout differs from committed .out")
            if open(base + ".code").read().strip() != str(rc_lib):
                problems.append("exit code differs from committed .code")
        if problems:
            failed += 1
            print(f"FAIL {name}: {'; '.join(problems)}")
            a = real_out.decode(errors="replace").splitlines()
            b = lib_out.decode(errors="replace").splitlines()
            for i in range(max(len(a), len(b))):
                la = a[i] if i < len(a) else "<missing>"
                lb = b[i] if i < len(b) else "<missing>"
                if la != lb:
                    print(f"  line {i + 1}:\n    real: {la}\n    lib:  {lb}")
                    break
            if rc_lib != 0 and rc_real == 0:
                print("    lib error:", last_line(paths["lib"][1]))
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
