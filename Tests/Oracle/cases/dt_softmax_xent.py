import torch

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], dtype=torch.float64, requires_grad=True)
p = logits.softmax(dim=1)
print(p, p.sum(1))
lp = logits.log_softmax(dim=1)
print(lp)
target = torch.tensor([0, 1])
loss = -lp[torch.arange(2), target].mean()
print(loss, loss.item())
loss.backward()
print(logits.grad)
print(torch.softmax(torch.tensor([1000.0, 1000.0], dtype=torch.float64), 0))
