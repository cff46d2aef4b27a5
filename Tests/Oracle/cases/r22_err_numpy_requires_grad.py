import torch
w = torch.tensor([1., 2.], requires_grad=True)
print(w.detach())
n = w.numpy()
