def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    except TypeError as e:
        print("type error:", e)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally for", a, b)

print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 2))

class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance = balance
        self.amount = amount

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount

try:
    withdraw(10, 20)
except InsufficientFunds as e:
    print(e, e.args, e.balance)

for bad in ["12", "x", None]:
    try:
        print(int(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    raise ValueError("outer") from KeyError("inner")
except ValueError as e:
    print(e, repr(e.__cause__))

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

gen = count_up(3)
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("done")
print(list(count_up(5)), sum(count_up(101)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
squares = (x * x for x in range(5))
print(type(squares).__name__, list(squares), list(squares))

def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunked(list(range(7)), 3)))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4]], 5])))

def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = acc()
next(g)
print(g.send(5), g.send(10))

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(4)))

class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return True
with Resource() as r:
    raise RuntimeError("boom")
print("after with")
assert 1 + 1 == 2, "math"
try:
    assert len([]) > 0, "empty list"
except AssertionError as e:
    print("AssertionError:", e)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
raise KeyError("final")
