import math
print(math.pi)
math.tau2
