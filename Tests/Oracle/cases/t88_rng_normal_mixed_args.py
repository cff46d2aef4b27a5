import torch
torch.manual_seed(0)
print(torch.normal(2., torch.tensor([1., 2., 3.])))
print(torch.normal(torch.zeros(2, 3), torch.tensor([1., 10., 100.])))
print(torch.normal(torch.ones(17), 2.).tolist())
