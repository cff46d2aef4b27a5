import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(4, 3, max_norm=1.0)
print(emb)
out = emb(torch.tensor([0, 2]))
print(out.norm(dim=1))
print(emb.weight.norm(dim=1))
e2 = nn.Embedding(4, 2, padding_idx=-1, norm_type=1.0, scale_grad_by_freq=True)
print(e2, e2.padding_idx)
print(e2.weight[3])
