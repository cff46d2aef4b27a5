import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
z = torch.zeros(2)
for i in range(20):
    z.add_(w * 0.1)
print(z)
loss = z.sum()
loss.backward()
print(w.grad)
