import numpy as np
classes = ["cat", "dog", "bird"]
probs = np.array([[0.1, 0.7, 0.2], [0.8, 0.1, 0.1]])
for row in probs:
    print(classes[row.argmax()], classes[np.argmax(row)])
counts = {0: 0, 1: 0, 2: 0}
for k in probs.argmax(axis=1):
    counts[k] += 1
print(counts)
print(list(range(np.int64(3))), [0] * np.int64(2), "ab" * np.int64(2))
print((1, 2, 3)[np.int64(1)], classes[:np.int64(2)])
classes[np.int64(0)] = "lion"
print(classes)
print(sorted([np.float64(2.5), 1, np.float32(0.5)]))
import copy
a = np.arange(3.0)
b = copy.deepcopy(a)
b[0] = 9
c = copy.copy(a)
c[1] = 7
print(a, b, c)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)
