import math
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(-5)
except ValueError as e:
    print("ValueError:", e)
math.acos(2)
