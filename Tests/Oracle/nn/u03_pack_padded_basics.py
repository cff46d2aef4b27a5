import torch
from torch.nn.utils.rnn import (pack_padded_sequence, pad_packed_sequence, pack_sequence,
                                pad_sequence, unpack_sequence, PackedSequence)

# The docs example: a padded batch, time along dim 1.
seq = torch.tensor([[1, 2, 0], [3, 0, 0], [4, 5, 6]])
lens = [2, 1, 3]
packed = pack_padded_sequence(seq, lens, batch_first=True, enforce_sorted=False)
print(packed)
print(isinstance(packed, PackedSequence), isinstance(packed, tuple), len(packed))
seq_unpacked, lens_unpacked = pad_packed_sequence(packed, batch_first=True)
print(seq_unpacked)
print(lens_unpacked)
data, batch_sizes, sorted_indices, unsorted_indices = packed
print(data, batch_sizes)

# pack_sequence takes the sequences themselves (longest first unless enforce_sorted=False).
a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5])
c = torch.tensor([6])
print(pack_sequence([a, b, c]))
print(pack_sequence([b, a, c], enforce_sorted=False))
print(unpack_sequence(pack_sequence([b, a, c], enforce_sorted=False)))

# Float features, time-major, with total_length.
x = torch.arange(24.).view(4, 3, 2)
p = pack_padded_sequence(x, torch.tensor([4, 3, 1]))
print(p.data.shape, p.batch_sizes)
padded, lengths = pad_packed_sequence(p, total_length=6, padding_value=-1.0)
print(padded[:, 2])
print(padded.shape, lengths)

# Gradients only reach the real steps.
x = torch.ones(3, 2, 2, requires_grad=True)
p = pack_padded_sequence(x, [3, 1])
print(p.data.grad_fn.name())
(p.data * 2).sum().backward()
print(x.grad[:, :, 0])
print(p.to(torch.float64).data.dtype, p.double().data.dtype)

try:
    pack_padded_sequence(seq, lens, batch_first=True)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    pad_packed_sequence(p, total_length=2)
except ValueError as e:
    print("ValueError:", e)
print(pad_sequence([a, b, c], batch_first=True, padding_value=-1))
