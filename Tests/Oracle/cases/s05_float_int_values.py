import torch
print(torch.tensor([1., 100., 10000.]))
print(torch.tensor([1., 100., 100000.]))
print(torch.tensor([1e7, 1.]))
print(torch.tensor([1e8, 1.]))
print(torch.tensor([-2., 0., 99999999.]))
print(torch.tensor([[1., -1.], [1000., 2000.]]))
print(torch.ones(2, 2) * 0.5)
print(torch.full((2, 3), 1e-6))
