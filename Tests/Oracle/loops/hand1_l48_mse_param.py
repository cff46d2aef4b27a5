import torch
import torch.nn.functional as F
torch.manual_seed(12)
X = torch.randn(8, 3)
Y = torch.randn(8, 2)
W = torch.nn.Parameter(torch.randn(3, 2) * 0.1)
b = torch.nn.Parameter(torch.zeros(2))
opt = torch.optim.SGD([W, b], lr=0.2)
for i in range(100):
    opt.zero_grad()
    loss = F.mse_loss(X @ W + b, Y)
    loss.backward()
    opt.step()
print(loss.item())
print(W.tolist(), b.tolist())
