import torch
w = torch.tensor([1.0, 2.0])
for i in range(21):
    torch.set_grad_enabled(not torch.is_grad_enabled())
    w.add_(1.0)
print(torch.is_grad_enabled(), w)
