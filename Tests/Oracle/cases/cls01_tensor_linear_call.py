import torch

class LinearModel:
    def __init__(self, n_in):
        torch.manual_seed(0)
        self.w = torch.randn(n_in, requires_grad=True)
        self.b = torch.zeros(1, requires_grad=True)

    def __call__(self, x):
        return (x * self.w).sum() + self.b

    def parameters(self):
        return [self.w, self.b]

    def __repr__(self):
        return f"LinearModel(n_in={self.w.shape[0]})"

model = LinearModel(3)
print(model)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0])
for step in range(3):
    pred = model(x)
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.01 * p.grad
            p.grad.zero_()
    print(step, loss.item())
print(model.w, model.b)
