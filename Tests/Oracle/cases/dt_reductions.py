import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]], dtype=torch.float64)
print(x.sum(), x.sum(0), x.sum(1, keepdim=True))
print(x.mean(), x.mean(0), x.var(), x.std(1))
print(x.max(), x.min(), x.argmax(), x.max(1))
print(x.prod(), x.prod(1), x.cumsum(1))
print(x.norm(), torch.linalg.vector_norm(x, ord=1))
print(x.sum().item(), x.mean().item(), x.std().item())
i = torch.tensor([1, 2, 3], dtype=torch.int32)
print(i.sum(), i.sum().dtype, i.max(), i.prod())
print(torch.tensor([0.1] * 10, dtype=torch.float64).sum().item())
