import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(5, 2)
print(emb(torch.tensor([4])))
emb(torch.tensor([5]))
