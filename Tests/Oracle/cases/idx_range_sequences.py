import torch
x = torch.arange(12.).reshape(3, 4)
print(x[range(2)])
print(x[range(3), [0, 1, 2]])
print(x[(0, 2), 1])
print(x[1:, range(1, 3)])
x[range(2)] = 0
print(x)
x[range(3), range(3)] = -1
print(x)
print(x[range(0)])
