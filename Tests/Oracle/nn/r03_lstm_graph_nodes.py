# What autograd records for an LSTM: PyTorch runs float32 LSTM layers through oneDNN, one
# MkldnnRnnLayerBackward0 node per layer and direction; projections and packed input take the
# composite path, float64 too.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(6, 2, 3)


def names(fn):
    return [n.name() if n is not None else None for n, _ in fn.next_functions]


lstm = nn.LSTM(3, 4)
out, (h, c) = lstm(x)
print(out.grad_fn.name(), h.grad_fn.name(), c.grad_fn.name())
print(names(out.grad_fn))
print(names(h.grad_fn), out.grad_fn is h.grad_fn.next_functions[0][0])

deep = nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True)
out, (h, c) = deep(x.transpose(0, 1))
print(out.grad_fn.name(), names(out.grad_fn), names(out.grad_fn.next_functions[0][0]))
print(h.grad_fn.name(), names(h.grad_fn))

h0 = torch.zeros(1, 2, 4, requires_grad=True)
c0 = torch.zeros(1, 2, 4, requires_grad=True)
out, (h, c) = lstm(x, (h0, c0))
print(names(out.grad_fn))
(out.pow(2).sum() + c.sum()).backward()
print(h0.grad.shape, round(h0.grad.abs().sum().item(), 4), round(lstm.weight_hh_l0.grad.abs().sum().item(), 4))

try:
    h.sum().backward()
except RuntimeError as e:
    print("second backward:", str(e).split(".")[0])

proj = nn.LSTM(3, 4, proj_size=2)
print(proj(x)[0].grad_fn.name())
print(nn.LSTM(3, 4).double()(x.double())[0].grad_fn.name())
print(nn.LSTM(3, 4, bias=False)(x)[0].grad_fn.name(), nn.GRU(3, 4)(x)[0].grad_fn.name(), nn.RNN(3, 4)(x)[0].grad_fn.name())
with torch.no_grad():
    print(lstm(x)[0].grad_fn)
print(lstm(x[:, 0])[0].grad_fn.name())
