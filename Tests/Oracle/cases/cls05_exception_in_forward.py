import torch

class ShapeError(ValueError):
    pass

class Checked:
    def __init__(self, n):
        self.n = n
    def forward(self, x):
        if x.shape[0] != self.n:
            raise ShapeError(f"expected {self.n} features, got {x.shape[0]}")
        return x.sum()

m = Checked(3)
print(m.forward(torch.ones(3)))
try:
    m.forward(torch.ones(4))
except ValueError as e:
    print(type(e).__name__, e)
m.forward(torch.ones(2))
