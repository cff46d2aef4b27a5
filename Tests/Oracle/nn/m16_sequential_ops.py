import torch
import torch.nn as nn
from collections import OrderedDict

seq = nn.Sequential(OrderedDict([("fc1", nn.Linear(2, 4)), ("act", nn.ReLU()), ("fc2", nn.Linear(4, 1))]))
print(seq)
print(seq.fc1)
print([n for n, _ in seq.named_parameters()])
seq.append(nn.Sigmoid())
print(len(seq), seq[-1])
seq2 = nn.Sequential()
seq2.append(nn.Linear(1, 1))
seq2.add_module("tanh", nn.Tanh())
print(seq2)
del seq[1]
print(seq)
seq.insert(1, nn.GELU())
print(seq)
try:
    seq[10]
except IndexError as e:
    print("IndexError:", e)
both = seq2 + nn.Sequential(nn.Identity())
print(both)
