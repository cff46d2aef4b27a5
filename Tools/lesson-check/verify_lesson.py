"""Replays a lesson's golden transcript (Tests/DebuggerTests/Golden/Lessons/NAME.txt) through real PyTorch:
every Python input runs as IPython runs it (only a top-level expression is echoed) and its output is
compared with the transcript's; each gradstep command (backward, step, forward, train, ...) runs the
PyTorch emulation listed in commands/cmd_NAME.py (in order; `seed N` is torch.manual_seed(N)) and both
outputs are printed for a reader to compare. Plots are skipped. Run with the reference venv:
    /work/venv/bin/python Tools/lesson-check/verify_lesson.py 08_module_line_fitting
"""
import os, sys, io, re, contextlib, traceback, math, random
import torch, numpy as np
import matplotlib; matplotlib.use('Agg')
import matplotlib.pyplot as plt
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# The names the gradstep prompt starts with (DebugSession.promptNames).
_swift = open(os.path.join(ROOT, 'Sources/Debugger/Commands/NotebookCommands.swift')).read()
PRE = '\n'.join(l[8:] for l in re.search(r'static let promptNames = """\n(.*?)\n        """', _swift, re.S).group(1).split('\n')) + '\nimport random\n'

def blocks(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []; i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith('gradstep> '):
            src = [l[len('gradstep> '):]]; i += 1
            while i < len(lines) and lines[i].startswith('... '):
                src.append(lines[i][4:]); i += 1
            res = []
            while i < len(lines) and not (lines[i] == '' or lines[i].startswith('  ✓') or lines[i].startswith('  ✗') or lines[i].startswith('[step') or lines[i].startswith('gradstep> ')):
                res.append(lines[i]); i += 1
            out.append(('\n'.join(src), '\n'.join(res)))
        else:
            i += 1
    return out

def is_python(src, ns):
    first = src.split('\n')[0].strip()
    w = first.split(' ')[0]
    if first.startswith('%'): return False
    try:
        compile(src + '\n', '<in>', 'exec')
    except SyntaxError:
        return False
    cmds = {'graph','backward','grad','step','zero_grad','forward','train','seed','detach','bstep','gradcheck','plot'}
    import ast
    body = ast.parse(src + '\n').body
    if w in cmds and w not in ns and len(body) == 1 and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Name):
        return False
    return True

def run_single(src, ns):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            import ast
            tree = ast.parse(src + '\n')
            # as the REPL: each top-level statement as 'single'
            for node in tree.body:
                if isinstance(node, ast.Expr):
                    exec(compile(ast.Interactive(body=[node]), '<stdin>', 'single'), ns)
                else:  # as IPython: no echo of expressions inside blocks
                    exec(compile(ast.Module(body=[node], type_ignores=[]), '<stdin>', 'exec'), ns)
        except Exception as e:
            print(f"{type(e).__name__}: {e}")
    return buf.getvalue().rstrip('\n')

NUM = [0, 0]
def main(lesson, cmds):
    ns = {}
    exec(PRE, ns)
    ns['__name__'] = '__main__'
    ncmp = neq = 0
    ci = 0
    for src, golden in blocks(os.path.join(ROOT, 'Tests/DebuggerTests/Golden/Lessons', lesson + '.txt')):
        if is_python(src, ns):
            got = run_single(src, ns)
            g = golden
            # plots are braille in gradstep, nothing in python Agg
            if '┌' in g or '⣿' in g or 'frame ' in g:
                print(f"[plot] {src.splitlines()[0][:60]}  (skipped picture)"); 
                continue
            ncmp += 1
            nums = len(re.findall(r'-?\d+\.?\d*(?:e[-+]?\d+)?', g))
            NUM[0] += nums
            if got == g:
                print(f"[same] {src.splitlines()[0][:70]}")
            else:
                neq += 1
                NUM[1] += nums
                print(f"[DIFF] {src}\n--- gradstep:\n{g}\n--- python:\n{got}\n---")
        else:
            if src.startswith('seed '):
                emu = f"torch.manual_seed({src.split()[1]});"
            else:
                emu = cmds[ci] if ci < len(cmds) else None
                ci += 1
            print(f"[cmd ] {src}\n--- gradstep:\n{golden}")
            if emu:
                print("--- python emulation:\n" + run_single(emu, ns))
            print('---')
    print(f"== {lesson}: {ncmp} python outputs compared ({NUM[0]} numbers), {neq} differ ({NUM[1]} numbers in differing outputs)")

if __name__ == '__main__':
    lesson = sys.argv[1]
    cmds = []
    import importlib.util
    try:
        spec = importlib.util.spec_from_file_location('c', os.path.join(HERE, 'commands', f'cmd_{lesson}.py')); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); cmds = m.CMDS
    except FileNotFoundError:
        pass
    main(lesson, cmds)
