import sys
import traceback
def risky():
    return [1, 2][5]

try:
    risky()
except IndexError as e:
    print("caught:", e)
    print(traceback.format_exception_only(e)[-1], end="")
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e)

def cleanup():
    try:
        risky()
    finally:
        print("finally runs")

try:
    cleanup()
except IndexError:
    print("propagated")

try:
    risky()
except IndexError:
    {}["key"]
