import torch
print(0xFFFFFFFFFFFFFFFF, 0o7777777777777777777777, 0b11111111111111111111111111111111111111111111111111111111111111111, 0x8000000000000000 + 1)
print(0x1_0000_0000_0000_0000)
print(torch.linspace(0, 10, 5, dtype=torch.long))
print(torch.linspace(-3, 10, 7, dtype=torch.long))
print(torch.linspace(0, 1, 4, dtype=torch.long))
