import torch
print(torch.tensor([-1e-5, -1e5]))
print(torch.tensor([-12345.6, 0.5]))
print(torch.tensor([[-1e10], [1e-10]]))
print(torch.tensor(-1e-7))
print(torch.tensor([-0.5, 1e6]))
print(torch.tensor([1e-3, -1e3, 10.]))
print(torch.tensor([5e-5, 5e-5]))
print(torch.tensor([123456.7, 0.1]))
