import torch
for i in range(3):
    print(i, end=" ")
print()
print("x", torch.tensor([1, 2]), sep=":")
print(*[1, 2, 3])
print(*torch.tensor([1., 2.]))
print("loss", 0.1 + 0.2, 1e16, 123456789.123, 1.0e-10)
print(0.1 * 3, 2 / 3, 100.0, 1e22, 1.5e-7)
print(3.0 == 3, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10))
