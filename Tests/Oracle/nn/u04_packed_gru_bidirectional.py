# A 2-layer bidirectional GRU over a PackedSequence gives each sequence the result it would get alone.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence

torch.manual_seed(0)
seqs = [torch.randn(5, 3), torch.randn(2, 3), torch.randn(4, 3)]
gru = nn.GRU(3, 4, num_layers=2, bidirectional=True)
packed = pack_sequence(seqs, enforce_sorted=False)
out, h_n = gru(packed)
print(type(out).__name__, out.data.shape, out.batch_sizes)
padded, lengths = pad_packed_sequence(out)
print(padded.shape, lengths, h_n.shape, h_n.grad_fn.name())
for i, s in enumerate(seqs):
    alone, h_alone = gru(s.unsqueeze(1))
    same_out = torch.allclose(padded[:lengths[i], i], alone[:, 0], atol=1e-6)
    same_h = torch.allclose(h_n[:, i], h_alone[:, 0], atol=1e-6)
    print(i, same_out, same_h)
print(h_n[-1])

# An LSTM with a given initial state, and an Elman RNN with relu.
lstm = nn.LSTM(3, 2, batch_first=True)
h0 = torch.zeros(1, 3, 2)
c0 = torch.ones(1, 3, 2)
o, (h, c) = lstm(packed, (h0, c0))
print(o.data.shape, h.shape, c.shape)
print(h)
rnn = nn.RNN(3, 2, nonlinearity='relu', num_layers=2)
o, h = rnn(packed)
print(o.data.grad_fn.name(), h)
loss = pad_packed_sequence(o)[0].sum()
loss.backward()
print([tuple(p.grad.shape) for p in rnn.parameters()][:2], round(rnn.weight_ih_l0.grad.abs().sum().item(), 4))
