import torch

m = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
print(torch.diag(m), torch.diag(m, 1), torch.diag(m, -1), torch.diag(m, 5))
print(torch.diag(torch.tensor([1, 2])), torch.diag(torch.tensor([1., 2.]), -1))
print(m.diag(), torch.diag(torch.eye(3, dtype=torch.float64) * 2))
w = torch.empty(3, 4)
r = torch.eye(3, 4, out=w)
print(w, r is w)
ids = torch.zeros(2, dtype=torch.long)
ids.fill_(2**63 - 1)
print(ids, torch.zeros(2, dtype=torch.int32).fill_(-7))
for bad in [lambda: torch.diag(torch.ones(2, 2, 2)), lambda: torch.diag(torch.tensor(1.)),
            lambda: torch.zeros(1, dtype=torch.int32).fill_(2**40)]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
