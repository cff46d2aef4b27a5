import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
print(nn.Softmax()(x))
print(F.softmax(x))
print(nn.Softmax(dim=None))
print(nn.LogSoftmax(1)(x))
try:
    nn.Softmax(dim=1.5)
except TypeError as e:
    print("TypeError:", e)
