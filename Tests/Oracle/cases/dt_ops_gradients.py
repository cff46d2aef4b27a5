# Forty float64 ops with their gradients in one backward (values and grads as PyTorch prints them).
import torch
import torch.nn.functional as F
x = torch.tensor([[0.3, -1.2], [2.0, 0.7]], dtype=torch.float64, requires_grad=True)
y = torch.tensor([[1.5, 0.5], [-0.5, 2.0]], dtype=torch.float64, requires_grad=True)
outs = [torch.exp(x), x.mean(dim=0), F.relu(x), torch.sigmoid(x), torch.sum(x ** 2), F.softmax(x, dim=1),
        x.abs().pow(y), torch.sqrt(x.abs()), torch.log1p(x.abs()), x.floor(), x % 2, x.std(0), x.var(1, keepdim=True),
        x.t() @ y, x.max(dim=1).values, x.min(), x.sum(dim=1, keepdim=True) / y, x.reshape(4)[1:3], x.T.contiguous().view(-1),
        x.unsqueeze(0).expand(2, 2, 2).sum(0), torch.tanh(x) * 0.5, 1 / x, 2 - x, x.reciprocal(), x.sin().cos(), x.atan(), x.tan(),
        torch.where(x > 0, x, y), x.clamp(max=0.5), (x * y).sum(), x.norm(dim=1), torch.stack([x, y]).sum(0), torch.cat([x, y], 1),
        x.flatten(), x.log_softmax(0), F.mse_loss(x, y), x.cumsum(0), x.prod(), x.sign(), x.round(), x.exp().log()]
tot = sum(o.sum() for o in outs if o.requires_grad)
tot.backward()
for o in outs:
    print(o)
print(x.grad, y.grad)
print(tot.item())
g = x.detach().clone()
g.zero_()
g += 1
g *= torch.tensor(2.5)
g /= 3
g -= 0.5
print(g, g.dtype)
