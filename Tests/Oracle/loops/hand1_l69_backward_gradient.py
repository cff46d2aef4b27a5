import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(10):
    y = w ** 2
    y.backward(torch.tensor([1.0, 0.5]))
print(w.grad.tolist())
