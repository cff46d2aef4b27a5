import torch

class MySGD:
    def __init__(self, params, lr=0.1):
        self.params = list(params)
        self.lr = lr
    def step(self):
        with torch.no_grad():
            for p in self.params:
                p -= self.lr * p.grad
    def zero_grad(self):
        for p in self.params:
            p.grad = None

w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = MySGD([w], lr=0.25)
for i in range(4):
    loss = (w ** 2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(i, loss.item(), w)
print(w.grad)
