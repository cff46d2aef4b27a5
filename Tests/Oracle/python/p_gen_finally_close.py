def reader(lines):
    print("open")
    try:
        for line in lines:
            yield line.strip()
    finally:
        print("close file")

for line in reader(["a\n", "b\n", "c\n"]):
    print(line)
    if line == "b":
        break
print("after loop")
g = reader(["x"])
print(next(g))
g.close()
print("closed again:", g.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def thrower():
    yield 1
t = thrower()
next(t)
t.throw(ValueError("from outside"))
