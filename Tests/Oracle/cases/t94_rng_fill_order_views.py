import torch
torch.manual_seed(1)
a = torch.zeros(2, 3, 4).permute(2, 0, 1)
a.uniform_()
print(a)
b = torch.zeros(5, 4).T
b.normal_()
print(b)
c = torch.zeros(4, 6)[:, ::2]
c.uniform_(-1, 1)
print(c)
d = torch.zeros(3, 2).t()
d.normal_(1, 2)
print(d.tolist())
print(torch.randint_like(torch.zeros(2, 2, dtype=torch.int64), 3, 9))
