import traceback
import sys

def load(path):
    return {"a": 1}[path]

def run():
    try:
        load("b")
    except KeyError:
        print(traceback.format_exc(), end="")
        traceback.print_exc(file=sys.stdout)
        text = "".join(traceback.format_exception(*sys.exc_info()))
        print(len(text.splitlines()))

run()
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad ratio") from e
except ValueError as err:
    lines = traceback.format_exception(err)
    print(len(lines))
    print("".join(lines), end="")
    print(traceback.format_exception_only(err))
print(traceback.format_exc(), end="")
e = RuntimeError("never raised")
print(traceback.format_exception(e))
