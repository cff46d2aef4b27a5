import math
import math as m2
from math import pi
print(math is m2, pi == m2.pi)
import collections, functools, operator
print(functools.reduce(operator.add, collections.Counter("aab").values()))
