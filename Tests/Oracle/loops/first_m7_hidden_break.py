import torch
w = torch.tensor([1.0], requires_grad=True)
hist = []
for i in range(100):
    (w * w).sum().backward()
    hist += [0]
    if len(hist) == 10:
        break
print(len(hist), w.grad.item())
