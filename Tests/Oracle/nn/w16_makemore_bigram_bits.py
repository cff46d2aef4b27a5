import torch
from torch import nn
torch.manual_seed(12)
g = torch.Generator().manual_seed(42)
emb = nn.Embedding(5, 3)
print(emb.weight.shape, emb(torch.tensor([[1, 2], [3, 4]])).shape)
try:
    emb(torch.tensor([5]))
except IndexError as e:
    print(e)
try:
    emb(torch.tensor([1.0]))
except RuntimeError as e:
    print(e)
W = torch.randn((3, 4), generator=g, requires_grad=True)
print(W.grad_fn, W.requires_grad)
h = (W * 2).tanh()
print(h.requires_grad, h.is_leaf)
h.retain_grad()
h.sum().backward()
print(h.grad)
print(W.grad.shape)
print(torch.multinomial(torch.tensor([0.1, 0.9]), 5, replacement=True, generator=g))
print(torch.randint(0, 10, (5,), generator=g))
print(torch.rand(3, generator=g))
counts = torch.zeros((3, 3), dtype=torch.int32)
counts[1, 2] += 1
print(counts)
P = (counts + 1).float()
P /= P.sum(1, keepdim=True)
print(P)
print(P.sum(1, keepdim=True).shape, P[0].sum())
