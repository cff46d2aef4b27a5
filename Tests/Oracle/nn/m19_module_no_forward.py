import torch
import torch.nn as nn

class NoForward(nn.Module):
    pass

m = NoForward()
print(m)
m(torch.ones(1))
