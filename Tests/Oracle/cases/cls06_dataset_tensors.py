import torch

class TensorDataset:
    def __init__(self, X, y):
        self.X = X
        self.y = y
    def __len__(self):
        return self.X.shape[0]
    def __getitem__(self, i):
        return self.X[i], self.y[i]

X = torch.arange(6.0).reshape(3, 2)
y = torch.tensor([0.0, 1.0, 0.0])
ds = TensorDataset(X, y)
print(len(ds))
for xi, yi in ds:
    print(xi, yi)
w = torch.tensor([0.5, -0.5], requires_grad=True)
total = sum((xi * w).sum() * yi for xi, yi in ds)
total.backward()
print(total, w.grad)
