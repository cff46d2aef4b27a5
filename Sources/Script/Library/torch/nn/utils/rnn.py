# torch.nn.utils.rnn: padding a list of variable-length sequences into one tensor. PyTorch's
# pad_sequence is ATen's (aten/src/ATen/native/PackedSequence.cpp): a tensor full of the padding value,
# each sequence copied into its slot (so the result's grad_fn is CopySlices). PackedSequence and the
# pack_* functions are not supported.

import torch


def pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side="right"):
    """Stacks tensors of shape (L_i, *) into (B, L_max, *) (batch_first) or (L_max, B, *)."""
    if isinstance(sequences, torch.Tensor):
        sequences = sequences.unbind(0)
    sequences = list(sequences)
    if padding_side not in ("left", "right"):
        raise ValueError(f"Expected padding_side to be one of left or right, but got {padding_side}.")
    if len(sequences) == 0:
        raise RuntimeError("received an empty list of sequences")
    max_len = max(s.size(0) for s in sequences)
    trailing = tuple(sequences[0].shape[1:])
    if batch_first:
        out = torch.full((len(sequences), max_len) + trailing, padding_value, dtype=sequences[0].dtype)
    else:
        out = torch.full((max_len, len(sequences)) + trailing, padding_value, dtype=sequences[0].dtype)
    for i, seq in enumerate(sequences):
        length = seq.size(0)
        start = max_len - length if padding_side == "left" else 0
        if batch_first:
            out[i, start:start + length] = seq
        else:
            out[start:start + length, i] = seq
    return out


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"torch.nn.utils.rnn.{name} (PackedSequence) is not supported by gradstep; pad with pad_sequence instead")
    f.__name__ = name
    return f


pack_padded_sequence = _unsupported("pack_padded_sequence")
pad_packed_sequence = _unsupported("pad_packed_sequence")
pack_sequence = _unsupported("pack_sequence")
