import math as m
import random as rnd
import itertools as it
print(m.exp(1.0), m.e == m.exp(1))
rnd.seed(0)
print(rnd.random())
print(list(it.islice(it.count(), 3)))
