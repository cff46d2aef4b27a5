import torch
t = torch.zeros(4, 1, 3)
print(t.shape, t.size(), t.size(0), t.size(-1))
print(t.shape[1:], len(t), t.ndim, t.numel())
print(t.squeeze().shape, t.unsqueeze(0).shape)
print(t.view(-1).shape, t.reshape(2, -1).shape)
print(t.T.shape if t.dim() == 2 else t.permute(2, 0, 1).shape)
print(list(t.shape), tuple(t.shape))
print(t.shape == (4, 1, 3), t.shape[0] * t.shape[2])
a, b, c = t.shape
print(a, b, c)
print(torch.Size([2, 3]))
print(torch.tensor([[1., 2.]]).T.shape)
