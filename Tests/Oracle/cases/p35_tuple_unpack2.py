import torch
a, b = torch.tensor([[1., 2.], [3., 4.]])
print(a, b)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, v in enumerate(torch.tensor([5., 6.])):
    print(i, v)
for a, b in zip([1, 2], [3, 4]):
    print(a + b)
first, *rest = [1, 2, 3]
print(first, rest)
