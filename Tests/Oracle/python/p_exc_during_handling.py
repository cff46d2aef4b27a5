import traceback
def risky():
    return [1, 2][5]

try:
    risky()
except IndexError as e:
    print("caught:", e)
    print(traceback.format_exc().splitlines()[-1])

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
