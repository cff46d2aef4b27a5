from collections import *
from itertools import *
c = Counter("aab")
d = deque([1])
print(c, d, list(chain("a", "b")))
