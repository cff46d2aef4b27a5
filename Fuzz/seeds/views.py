import torch
x = torch.randn(3, 4)
y = x.view(4, 3).T @ x.T
print(y.shape, y[1:, ::2], x.reshape(-1), x.permute(1, 0).sum(dim=1, keepdim=True))
