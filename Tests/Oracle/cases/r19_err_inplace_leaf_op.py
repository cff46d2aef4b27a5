import torch
w = torch.tensor([1., 2.], requires_grad=True)
print(w)
w -= 0.1 * torch.ones(2)
