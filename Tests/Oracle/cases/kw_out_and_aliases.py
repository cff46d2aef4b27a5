import torch
# The PyTorch tensors tutorial writes results into existing tensors with out=.
tensor = torch.ones(4, 4)
tensor[:, 1] = 0
y3 = torch.rand_like(tensor)
torch.matmul(tensor, tensor.T, out=y3)
z3 = torch.rand_like(tensor)
r = torch.mul(tensor, tensor, out=z3)
print(y3)
print(z3, r is z3)
o = torch.empty(0)
torch.arange(3, out=o)
print(o)
s = torch.zeros(4)
torch.sum(tensor, dim=0, out=s)
print(s)
x = torch.tensor([[1., 5., 2.], [7., 0., 3.]])
print(x.argmax(axis=1), x.sum(axis=0), torch.mean(x, axis=1, keepdims=True))
g = torch.Generator().manual_seed(3)
w = torch.empty(3).uniform_(-1, 1, generator=g)
g2 = torch.Generator().manual_seed(3)
print(torch.equal(w, torch.empty(3).uniform_(-1, 1, generator=g2)))
print(torch.zeros(2, device="cpu", pin_memory=False))
try:
    torch.matmul(tensor, tensor, foo=1)
except TypeError as e:
    print(e)
try:
    x.argmax(dims=0)
except TypeError as e:
    print(e)
w = torch.ones(2, requires_grad=True)
try:
    torch.mul(w, w, out=torch.empty(2))
except RuntimeError as e:
    print(e)
try:
    torch.mul(x, x, out=torch.zeros(2, 3, dtype=torch.long))
except RuntimeError as e:
    print(e)
with torch.no_grad():
    out = torch.empty(2)
    torch.mul(w, w, out=out)
print(out, out.requires_grad)
try:
    torch.add(x, x, out=[1])
except TypeError as e:
    print(e)
