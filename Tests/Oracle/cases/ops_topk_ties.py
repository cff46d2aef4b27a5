# topk with ties, as ranking code meets them (integer scores, relu outputs full of zeros): the
# order of equal values is PyTorch's selection order (partial_sort or nth_element), sorted or not.
import torch
torch.manual_seed(0)
for n, k in [(8, 3), (10, 1), (200, 3), (100, 2), (50, 10), (64, 1), (65, 1), (1000, 5)]:
    x = torch.randint(0, 4, (3, n)).float()
    v, i = x.topk(k)
    v2, i2 = x.topk(k, largest=False)
    v3, i3 = x.topk(k, sorted=False)
    print(i.tolist(), i2.tolist(), i3.tolist())
y = torch.tensor([[1., float('nan'), 3., 3., float('nan'), 0.]])
print(y.topk(3), y.topk(2, largest=False), y.topk(6, dim=1))
z = torch.relu(torch.randn(4, 30))
print(z.topk(5, dim=1).indices, z.topk(3, dim=0).indices)
