import torch
from functools import reduce
import operator

class Scaled:
    def __init__(self, k):
        self.k = k
    def __rmul__(self, t):
        return t * self.k
    def __mul__(self, t):
        return t * self.k
    def __repr__(self):
        return f"Scaled({self.k})"

class Pipeline:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        return reduce(lambda acc, f: f(acc), self.fns, x)
    def __len__(self):
        return len(self.fns)

t = torch.tensor([1., 2., 3.])
print(t * Scaled(2), Scaled(3) * t)
p = Pipeline(lambda v: v + 1, torch.relu, lambda v: v.sum())
print(p(torch.tensor([-3., 0.5, 2.])), len(p))
print(reduce(operator.add, [torch.ones(2), torch.ones(2) * 2, torch.ones(2) * 3]))
class TensorList(list):
    def stack(self):
        return torch.stack(list(self))
tl = TensorList([torch.zeros(2), torch.ones(2)])
tl.append(torch.full((2,), 2.0))
print(tl.stack(), len(tl))
