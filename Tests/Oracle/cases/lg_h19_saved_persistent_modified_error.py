import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
s = torch.tensor([0.5, 0.5])
for i in range(20):
    if i == 15:
        break
    loss = (w * s).sum()
    s.add_(0.1)
try:
    loss.backward()
except RuntimeError as e:
    print("error", str(e)[:160])
print(w.grad, s)
