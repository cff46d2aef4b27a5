import torch
print(torch.tensor([5.]).item())
print(torch.ones(1, 1, 1).item())
torch.zeros(0).item()
