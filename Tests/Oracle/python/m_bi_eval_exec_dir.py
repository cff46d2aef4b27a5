x = 5
print(eval("x * 2 + 1"), eval("[i * i for i in range(4)]"))
exec("y = x + 1")
print(y)
import math
print("sqrt" in dir(math), "x" in dir(), [1, 2, 3, 4][slice(1, 3)], slice(2))
g = globals()
print("x" in g, g["x"])
