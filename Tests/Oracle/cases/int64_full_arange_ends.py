import torch

# Filling and counting right up to int64's ends: the exact integers, not values rounded through a double.
big = 2**63 - 1
print(torch.full((2,), big))
print(torch.full((3,), -2**63), torch.full((2,), 2**53 + 1))
print(torch.full((2,), big, dtype=torch.float64), torch.full((1,), 2**40, dtype=torch.bool))
print(torch.arange(big - 3, big))
print(torch.arange(-2**63, -2**63 + 7, 3))
print(torch.arange(big, big - 4, -1))
print(torch.arange(2**62, 2**62 + 4, 2), torch.arange(2**62, 2**62 + 4, dtype=torch.float64))
ids = torch.arange(big - 2, big)
print(ids.max().item() == big, ids[-1].item())

for make in [
    lambda: torch.full((2,), 2**63),
    lambda: torch.full((2,), big, dtype=torch.int32),
    lambda: torch.full((2,), 2**31, dtype=torch.int32),
    lambda: torch.arange(0, 2**63),
    lambda: torch.arange(-2**63, 0, 2**62),
    lambda: torch.arange(5, 0, 1),
]:
    try:
        print(make())
    except RuntimeError as e:
        print("RuntimeError:", e)
print(torch.full((2,), 2**31 - 1, dtype=torch.int32))
torch.arange(10, 0)
