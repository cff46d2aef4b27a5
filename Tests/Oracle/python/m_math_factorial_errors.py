import math
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
math.factorial(2.5)
