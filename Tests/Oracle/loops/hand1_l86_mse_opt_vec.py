import torch
import torch.nn.functional as F
w = torch.nn.Parameter(torch.tensor([0.1, 0.2, 0.3, 0.4]))
t = torch.tensor([1.0, -1.0, 0.5, 0.0])
opt = torch.optim.SGD([w], lr=0.3)
for i in range(80):
    opt.zero_grad()
    loss = F.mse_loss(w.tanh(), t) + F.mse_loss(w, t, reduction='sum') * 0.01
    loss.backward()
    opt.step()
print(loss.item(), w.tolist())
print(w)
