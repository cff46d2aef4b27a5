import math
xs = [0.1] * 10
print(sum(xs), math.fsum(xs))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([], start=7))
