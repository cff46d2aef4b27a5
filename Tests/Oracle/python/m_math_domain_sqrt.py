import math
print(math.sqrt(0.0))
math.sqrt(-1)
