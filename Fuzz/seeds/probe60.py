import torch
t = torch.arange(10)
'%d' % 1e400
