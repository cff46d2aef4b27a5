import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(30):
    if i == 12:
        torch.set_grad_enabled(False)
    y = (w * 2).sum()
    if i == 20:
        torch.set_grad_enabled(True)
    with torch.no_grad():
        w.add_(0.5)
print(y, torch.is_grad_enabled())
