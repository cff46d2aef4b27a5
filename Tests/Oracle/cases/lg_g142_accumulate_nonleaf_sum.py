import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
total = torch.zeros(2)
for i in range(20):
    total += w * w
print(total)
total.sum().backward()
print(w.grad)
