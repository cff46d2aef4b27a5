"""Run a Python program with gradstep's bundled library in place of PyTorch's own Python.

usage: /work/venv/bin/python Tools/library-shadow/run.py PROGRAM.py

Real torch supplies the primitives (tensors, ops, torch._C._nn kernels, torch.nn.parameter,
autograd); the packages torch.nn, torch.optim and torch.utils.data are loaded from
Sources/Script/Library instead, under their real names, so the program's own
`import torch.nn as nn` gets ours. Running a corpus program this way and plainly must give
byte-identical stdout, stderr's last line and exit code.
"""

import importlib.abc
import importlib.util
import os
import runpy
import sys

LIBRARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "Script", "Library")
LIBRARY = os.path.normpath(LIBRARY)
SHADOWED = ("torch.nn", "torch.optim", "torch.utils.data")
# What gradstep keeps in Swift stays real here: Parameter/Buffer are tensor subclasses made in C.
KEEP = ("torch.nn.parameter",)


def _shadowed(name):
    if name in KEEP:
        return False
    return any(name == p or name.startswith(p + ".") for p in SHADOWED)


class LibraryFinder(importlib.abc.MetaPathFinder):
    """Finds torch.nn* / torch.optim* / torch.utils.data* in the bundled library only."""

    def find_spec(self, fullname, path, target=None):
        if not _shadowed(fullname):
            return None
        rel = os.path.join(LIBRARY, *fullname.split("."))
        init = os.path.join(rel, "__init__.py")
        if os.path.exists(init):
            return importlib.util.spec_from_file_location(fullname, init, submodule_search_locations=[rel])
        if os.path.exists(rel + ".py"):
            return importlib.util.spec_from_file_location(fullname, rel + ".py")
        return None


def install():
    import torch  # the real one: primitives only

    for name in list(sys.modules):
        if _shadowed(name):
            del sys.modules[name]
    sys.meta_path.insert(0, LibraryFinder())
    # Importing sets torch.nn / torch.optim / torch.utils.data to ours.
    importlib.import_module("torch.nn")
    importlib.import_module("torch.optim")
    importlib.import_module("torch.utils.data")
    assert torch.nn.__file__.startswith(LIBRARY), torch.nn.__file__


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    program = os.path.abspath(sys.argv[1])
    install()
    sys.argv = sys.argv[1:]
    sys.path.insert(0, os.path.dirname(program))
    runpy.run_path(program, run_name="__main__")


if __name__ == "__main__":
    main()
