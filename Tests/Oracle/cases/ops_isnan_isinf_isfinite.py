# Finding bad values during training: isnan / isinf / isfinite.
import torch

t = torch.tensor([1.0, float('nan'), float('inf'), -float('inf'), 0.0])
print(torch.isnan(t))
print(torch.isinf(t))
print(torch.isfinite(t))
print(t.isnan(), t.isinf().any(), t.isfinite().all())
print(torch.isposinf(t), torch.isneginf(t))

loss = torch.log(torch.tensor([1.0, 0.0, -1.0]))
print(loss)
print("bad entries:", torch.isnan(loss).sum().item(), torch.isinf(loss).sum().item())
print(loss[torch.isfinite(loss)])

# integer tensors are always finite
print(torch.isnan(torch.tensor([1, 2, 3])), torch.isfinite(torch.tensor([True, False])))
w = torch.randn(2, 3, requires_grad=True)
m = torch.isnan(w)
print(m.dtype, m.requires_grad, m.grad_fn)
d = torch.tensor([float('nan'), 2.0], dtype=torch.float64)
print(d.isnan(), d.isinf())
