import torch
xs = [torch.tensor(1.), torch.tensor(2.)]
print(torch.stack(xs))
print(torch.tensor(xs))
print(torch.tensor([torch.ones(2), torch.ones(2)]))
