import torch
w = torch.tensor([1., 2.], requires_grad=True)
for i in range(4):
    loss = (w * (i + 1)).sum()
    loss.backward()
    print(i, w.grad)
w.grad.zero_()
print(w.grad)
w.grad = None
print(w.grad)
(w ** 2).sum().backward()
print(w.grad)
