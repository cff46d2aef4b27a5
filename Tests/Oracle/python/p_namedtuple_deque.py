from collections import namedtuple, deque

Batch = namedtuple("Batch", ["x", "y", "size"])
b = Batch(x=[1, 2], y=[0, 1], size=2)
print(b)
print(b._fields, b._asdict())
b2 = b._replace(size=3)
print(b2, b2.size, b[0])
x, y, n = b
print(x, y, n)
Point = namedtuple("Point", "x y", defaults=[0])
print(Point(1), Point._make([3, 4]))
print(isinstance(b, tuple), len(b))
try:
    b.size = 4
except AttributeError as e:
    print(e)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window) / len(window))
q = deque([1, 2, 3])
q.appendleft(0)
q.rotate(1)
print(q, q.popleft(), q.pop(), q)
q.extend([7, 8]); q.extendleft([-1, -2])
print(q, q.maxlen, q[0], q[-1])
print(deque("abc", maxlen=2))
