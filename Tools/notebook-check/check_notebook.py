"""Checks a notebook written by `save-notebook`: nbformat's schema accepts it, and Jupyter runs it.

    python check_notebook.py FILE.ipynb [--execute]

Prints one line per problem and exits 1 if there is one; prints `ok: N cells` otherwise. With
--execute, runs every cell in a fresh python3 kernel through nbclient (cells tagged
`raises-exception` may fail, as in Jupyter) and reports the first cell that failed.
"""
import sys

import nbformat


def main(argv):
    path = argv[1]
    execute = "--execute" in argv[2:]
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    if nb.nbformat != 4:
        print(f"nbformat {nb.nbformat}, not 4")
        return 1
    if execute:
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError

        client = NotebookClient(nb, timeout=600, kernel_name="python3")
        try:
            client.execute()
        except CellExecutionError as e:
            print("a cell failed in Jupyter:", str(e).strip().splitlines()[-1])
            return 1
    print(f"ok: {len(nb.cells)} cells")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
