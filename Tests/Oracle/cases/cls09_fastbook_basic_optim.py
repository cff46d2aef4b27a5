import torch
class BasicOptim:
    def __init__(self, params, lr): self.params, self.lr = list(params), lr

    def step(self, *args, **kwargs):
        for p in self.params: p.data -= p.grad.data * self.lr

    def zero_grad(self, *args, **kwargs):
        for p in self.params: p.grad = None

def init_params(size, std=1.0): return (torch.randn(size) * std).requires_grad_()
torch.manual_seed(42)
weights = init_params((3, 1))
bias = init_params(1)
xb = torch.randn(8, 3)
yb = torch.randn(8, 1)
def linear1(xb): return xb @ weights + bias
opt = BasicOptim([weights, bias], 0.1)
for epoch in range(3):
    preds = linear1(xb)
    loss = ((preds - yb) ** 2).mean()
    loss.backward()
    opt.step()
    opt.zero_grad()
    print(f"epoch {epoch}: {loss.item():.4f}")
print(weights.grad, bias)
