from math import sqrt, pi as PI, floor
print(sqrt(2.0), PI, floor(3.7))
from collections import Counter as C
print(C("hello").most_common(1))
