# Padding variable-length sequences for a recurrent model (torch.nn.utils.rnn.pad_sequence)
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])]
print(pad_sequence(seqs))
print(pad_sequence(seqs, batch_first=True, padding_value=-1))
print(pad_sequence(seqs, batch_first=True, padding_side="left"))
torch.manual_seed(0)
emb = nn.Embedding(7, 3, padding_idx=0)
padded = pad_sequence(seqs, batch_first=True)
vecs = [emb(s) for s in seqs]
p = nn.utils.rnn.pad_sequence(vecs, batch_first=True)
print(p.shape, p.grad_fn.name())
p.sum().backward()
print(emb.weight.grad)
