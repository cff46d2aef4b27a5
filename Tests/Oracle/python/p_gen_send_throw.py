def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("reset:", e)
            total, count, avg = 0.0, 0, None
            continue
        total += value
        count += 1
        avg = total / count

g = averager()
next(g)
print(g.send(10))
print(g.send(20))
print(g.throw(ValueError("bad")))
print(g.send(5))
g.close()
try:
    g.send(1)
except StopIteration:
    print("closed")

def worker():
    try:
        while True:
            x = yield
            print("got", x)
    except GeneratorExit:
        print("worker exiting")
        raise
    finally:
        print("finally")

w = worker()
next(w)
w.send("a")
w.close()
print(w.gi_running if hasattr(w, "gi_running") else None)
