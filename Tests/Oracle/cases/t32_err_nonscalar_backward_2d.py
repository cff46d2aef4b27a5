import torch
w = torch.ones(2, 2, requires_grad=True)
out = w * 3
print(out)
out.backward()
