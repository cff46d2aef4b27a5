import torch
sq = lambda v: v * v
print(sq(3), sq(torch.tensor(2.)))
print([i * i for i in range(5)])
print([t.item() for t in torch.tensor([1., 2.])])
print(sum(x for x in range(4)))
print(list(map(lambda x: x + 1, [1, 2])))
print({i: i * 2 for i in range(3)})
print([x for x in range(10) if x % 3 == 0])
print(torch.stack([torch.tensor([1., 2.]), torch.tensor([3., 4.])]))
print(torch.cat([torch.ones(2), torch.zeros(3)]))
