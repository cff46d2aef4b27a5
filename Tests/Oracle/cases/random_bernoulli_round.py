# torch.bernoulli (both streams) and round(decimals=)
import torch
torch.manual_seed(0); print(torch.bernoulli(torch.full((12,), 0.5)))
torch.manual_seed(0); print(torch.empty(12).bernoulli_(0.5))
torch.manual_seed(0); print(torch.bernoulli(torch.tensor([0.1, 0.9, 0.5], dtype=torch.float64)))
torch.manual_seed(3); p = torch.rand(2, 5); print(torch.bernoulli(p), p.bernoulli(), torch.bernoulli(p, 0.3))
g = torch.Generator().manual_seed(1); print(torch.bernoulli(torch.full((6,), 0.25), generator=g))
x = torch.zeros(2, 3); x.bernoulli_(torch.tensor([0.2, 0.8, 0.5])); print(x)
try:
    torch.bernoulli(torch.tensor([1.5]))
except RuntimeError as e:
    print("RuntimeError")
print(torch.rand(3))
x = torch.tensor([0.5, 1.5, 2.567, -1.2345, 1234.5678], requires_grad=True)
print(torch.round(x, decimals=1), x.round(decimals=2), torch.round(x, decimals=-2), x.double().round(decimals=3))
print(torch.round(x, decimals=1).grad_fn.name())
try:
    torch.tensor([1, 2]).round(decimals=1)
except RuntimeError as e: print(e)
