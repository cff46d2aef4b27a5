import torch

class Gaussian:
    def __init__(self, mu, log_sigma):
        self.mu = torch.tensor(mu, requires_grad=True)
        self.log_sigma = torch.tensor(log_sigma, requires_grad=True)
    @property
    def sigma(self):
        return self.log_sigma.exp()
    def nll(self, x):
        return ((x - self.mu) ** 2 / (2 * self.sigma ** 2) + self.log_sigma).sum()

g = Gaussian(0.0, 0.0)
x = torch.tensor([1.0, -0.5, 2.0])
loss = g.nll(x)
loss.backward()
print(loss, g.sigma, g.mu.grad, g.log_sigma.grad)
print(type(g.sigma).__name__, g.sigma.grad_fn is not None)
