import torch
w = torch.tensor([1., 2., 3.], requires_grad=True)
print(w[0])
w[0] += 1
