import torch.nn as nn

block = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
deep = block * 2
print(deep)
print(len(deep), deep[0] is deep[2])
popped = deep.pop(1)
print(popped, len(deep))
print(deep)
print(nn.Sequential(*[nn.Linear(3, 3) for _ in range(2)]))
seq = nn.Sequential(nn.Linear(1, 1))
seq += nn.Sequential(nn.Tanh())
print(seq)
try:
    seq + 3
except ValueError as e:
    print("ValueError:", e)
seq[0] = nn.Linear(1, 5)
print(seq)
