import torch

torch.manual_seed(0)
w = torch.randn(3, dtype=torch.float64, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
target = torch.tensor([1.0, -1.0, 0.5], dtype=torch.float64)
for step in range(5):
    opt.zero_grad()
    loss = ((w - target) ** 2).sum()
    loss.backward()
    opt.step()
    print(step, loss.item())
print(w)
print(w.dtype, w.grad.dtype)
