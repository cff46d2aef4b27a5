# Standardising float64 data as statistics notebooks do: var/std and var_mean/std_mean printed to all
# digits, which shows how PyTorch accumulates them (Welford per slice; the tensor's mean then squared
# deviations for a full reduction).
import torch

torch.manual_seed(3)
for shape, dims in [((7,), None), ((50,), None), ((4, 9), 1), ((9, 4), 0), ((3, 5, 6), (0, 2)), ((1000,), None), ((1, 6), 1)]:
    x = torch.randn(*shape, dtype=torch.float64) * 3 + 2
    v, m = torch.var_mean(x, dim=dims)
    s, m2 = torch.std_mean(x, dim=dims)
    print(v.flatten().tolist()[:4], m.flatten().tolist()[:4], s.flatten().tolist()[:3])
    print(x.var(dim=dims).flatten().tolist()[:4], x.std(dim=dims, correction=0).flatten().tolist()[:3])
f = torch.randn(200) * 10
print(f.var().item(), f.std(0).item(), torch.var_mean(f)[0].item(), torch.std_mean(f, unbiased=False)[0].item())
z = (x - x.mean()) / x.std()
print(z.mean().item(), z.std().item())
