from collections import Counter, defaultdict, OrderedDict, namedtuple, deque
import itertools
import functools
from functools import reduce
from dataclasses import dataclass, field

squares = [x ** 2 for x in range(10)]
print(squares)
evens = {x for x in squares if x % 2 == 0}
print(sorted(evens))
d = {x: x ** 3 for x in range(5)}
print(d)
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c)
print(c.most_common(2))
print(c["the"], c["missing"])
c.update(["fox", "fox"])
print(c["fox"], sum(c.values()))
print(Counter("mississippi"))
print(Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3) + Counter(a=1, b=2))

dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd))
print(dd)
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts)

print(list(itertools.chain([1, 2], (3, 4))))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.islice(itertools.count(10, 2), 4)))
for key, group in itertools.groupby(sorted(words, key=len), key=len):
    print(key, list(group))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [[1], [2, 3]], []))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30))

for i, (a, b) in enumerate(zip("abc", [1, 2, 3]), start=1):
    print(i, a, b)

pi = 3.14159265
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}| {pi:e} {pi:.3g}")
print(f"{42:05d} {42:x} {42:#b} {1234567:,} {0.25:.1%} {-3:+d}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|")
name = "Ada"
print(f"{name!r} {name=} {len(name)=}")
print("{:>6} {:<6} {}".format(1, "two", [3]))
print("%5.2f %-5d %s %r" % (2.5, 7, "x", "y"))

people = [("alice", 31), ("bob", 25), ("carol", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(max(people, key=lambda p: p[1]), min(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x + p.y, p._asdict())
q = deque([1, 2, 3], maxlen=3)
q.append(4)
print(q)
od = OrderedDict(a=1)
od["b"] = 2
print(od)
