import torch

class Scale:
    def __init__(self, k):
        self.k = k
    def __mul__(self, t):
        return t * self.k
    def __rmul__(self, t):
        print("rmul called with", type(t).__name__)
        return t * self.k
    def __radd__(self, t):
        return t + self.k
    def __repr__(self):
        return f"Scale({self.k})"

s = Scale(3.0)
t = torch.tensor([1.0, 2.0])
print(t * s)
print(s * t)
print(t + s)
print(2 * s)
