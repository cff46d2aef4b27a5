import torch

# Sampling the next character of a bigram model, as makemore-style lessons do.
torch.manual_seed(2147483647)
probs = torch.tensor([0.60, 0.30, 0.10])
print(torch.multinomial(probs, num_samples=20, replacement=True))
print(torch.multinomial(probs, 1), torch.multinomial(probs, 3))

g = torch.Generator().manual_seed(42)
counts = torch.tensor([[5.0, 1.0, 0.0, 4.0], [1.0, 1.0, 1.0, 1.0]])
print(torch.multinomial(counts, 2, generator=g))
print(counts.multinomial(6, replacement=True, generator=g))
p = (counts + 1) / (counts + 1).sum(1, keepdim=True)
ix = torch.multinomial(p[0], num_samples=1, replacement=True, generator=g).item()
print(ix, type(ix).__name__)
print(torch.multinomial(torch.tensor([0.2, 0.8], dtype=torch.float64), 10, True))
print(torch.multinomial(torch.rand(3, 5), 4))

for bad in [
    lambda: torch.multinomial(probs, 4),
    lambda: torch.multinomial(probs, 0),
    lambda: torch.multinomial(torch.tensor([1, 2]), 1),
    lambda: torch.multinomial(torch.tensor([0.5, -0.1]), 1),
    lambda: torch.multinomial(torch.zeros(3), 2, replacement=True),
    lambda: torch.multinomial(torch.ones(2, 2, 2), 1),
]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
