import torch
torch.manual_seed(0)
for shape in [(10, 5), (3, 17), (6, 40), (4, 1000)]:
    X = torch.randn(*shape)
    print(X.sum(1).tolist() == X.sum(dim=-1).tolist(), X.sum(1)[:3].tolist(), X.mean(1)[:3].tolist())
X = torch.randn(4, 6, 5)
print(X.sum(2)[0].tolist(), X.sum((1, 2)).tolist(), X.mean((1, 2)).tolist())
