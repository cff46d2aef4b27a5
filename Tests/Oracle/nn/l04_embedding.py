import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(10, 3)
print(emb)
print(emb.weight)
idx = torch.tensor([[1, 2, 4], [4, 3, 9]])
out = emb(idx)
print(out)
print(out.shape, out.grad_fn.name())
out.sum().backward()
print(emb.weight.grad)
pad = nn.Embedding(5, 2, padding_idx=0)
print(pad)
print(pad.weight)
pre = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(pre, pre.weight.requires_grad)
print(pre(torch.tensor([1, 0, 1])))
