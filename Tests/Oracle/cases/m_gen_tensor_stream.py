import torch
def stream(n):
    x = torch.zeros(2)
    for i in range(n):
        x = x + torch.tensor([1., 2.])
        yield i, x
for i, v in stream(3):
    print(i, v)
g = stream(10)
print(next(g)[1].sum())
print(max((v.sum().item(), i) for i, v in stream(4)))
from itertools import islice
print([v.tolist() for _, v in islice(stream(100), 2)])
