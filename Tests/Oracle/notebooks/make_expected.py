"""Expected outputs for the notebook corpus, from Jupyter itself: each NAME.ipynb is executed by nbclient
(a real IPython kernel, as "Run All"), and the text Jupyter shows is written as NAME.out (streams and
each execute_result's text/plain, in order), NAME.err (the error's last line) and NAME.code (1 when a
cell raised, else 0). Run with a Python that has torch, nbclient and ipykernel:
    /work/venv/bin/python Tests/Oracle/notebooks/make_expected.py [NAME.ipynb ...]
"""
import glob, os, re, sys
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

here = os.path.dirname(os.path.abspath(__file__))
names = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "*.ipynb")))
for path in names:
    path = os.path.join(here, os.path.basename(path))
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": here}})
    failed = None
    try:
        client.execute()
    except CellExecutionError as e:
        failed = e
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for o in cell.get("outputs", []):
            if o.output_type == "stream" and o.name == "stdout":
                out.append(o.text)
            elif o.output_type == "execute_result":
                out.append(o.data.get("text/plain", "") + "\n")
    base = path[:-len(".ipynb")]
    with open(base + ".out", "w") as f:
        f.write("".join(out))
    with open(base + ".code", "w") as f:
        f.write("1\n" if failed else "0\n")
    with open(base + ".err", "w") as f:
        if failed:
            # A SyntaxError's str() ends with "(<file>, line N)"; Jupyter shows that place above instead.
            if failed.ename in ("SyntaxError", "IndentationError", "TabError"):
                failed.evalue = re.sub(r" \([^()]*, line \d+\)$", "", failed.evalue)
            f.write("%s: %s\n" % (failed.ename, failed.evalue) if failed.evalue else failed.ename + "\n")
    print(os.path.basename(path), "failed" if failed else "ok")
