import torch
x = 3
x //= 2
x **= 5
print(x)
y = 2.5
y *= 4
y -= 0.1
print(y)
print(1 / 7, 10 / 4, 9 // 2, -9 // 2, -9 % 4, 2 ** 0.5)
print(1e16, 1e15, 123456789.123, 0.000123, 1.0e-4, 5e-324)
print(float('inf'), -float('inf'), 3.0 * 1e300 * 1e10)
print(round(2.5), round(3.14159, 2), abs(-3), max(1, 5, 3), min([4, 2]))
print(True + True, int(3.9), float(2), str(1.50))
t = torch.tensor(2.)
t **= 3
print(t)
