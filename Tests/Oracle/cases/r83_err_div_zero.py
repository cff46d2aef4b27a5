import torch
total = 0
count = 0
print(torch.tensor(1.) / 0)
print(total / count)
