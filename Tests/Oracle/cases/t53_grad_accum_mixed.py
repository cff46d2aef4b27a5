import torch
w = torch.tensor([[1., 2.], [-1., 0.5]], requires_grad=True)
for k in range(1, 4):
    loss = (w * k).sum() + (w ** 2).mean()
    loss.backward()
    print(k, loss.item())
    print(w.grad)
w.grad.zero_()
print(w.grad)
w.grad = None
(w.sum() * 2).backward()
print(w.grad)
