import torch
x = torch.randn(2)
print(torch.FloatTensor)
print(isinstance(x, torch.FloatTensor))
print(isinstance(torch.tensor([1, 2]), torch.FloatTensor), isinstance(torch.tensor([1, 2]), torch.LongTensor))
print(torch.LongTensor.__name__, torch.DoubleTensor([1, 2]))
print(torch.FloatTensor([[1, 2], [3, 4]]), torch.FloatTensor(2, 0).shape)
print(torch.LongTensor([1.7, -2.7]), torch.BoolTensor([0, 1]))
