import math
print(math.pow(0.0, 0.0))
try:
    math.pow(0.0, -1.0)
except ValueError as e:
    print("pow:", e)
math.pow(-8, 1/3)
