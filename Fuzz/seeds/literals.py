x = 1e400
y = -0.0
z = float("nan")
print(x, y, z)
