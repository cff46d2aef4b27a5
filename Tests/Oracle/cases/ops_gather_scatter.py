# gather picks the log-probability of each target class; scatter builds one-hot rows.
import torch

torch.manual_seed(0)
logits = torch.randn(4, 5, requires_grad=True)
targets = torch.tensor([1, 0, 4, 2])
logp = torch.log_softmax(logits, dim=1)
picked = logp.gather(1, targets.unsqueeze(1))
print(picked)
print(picked.grad_fn.name())
loss = -picked.mean()
loss.backward()
print(loss)
print(logits.grad)

# gather along dim 0, an index used twice accumulates the gradient
w = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
g = torch.gather(w, 0, torch.tensor([[2, 0], [2, 2]]))
print(g)
g.sum().backward()
print(w.grad)

# one-hot with scatter of a number, and with scatter_ in place
onehot = torch.zeros(4, 5).scatter(1, targets.unsqueeze(1), 1.0)
print(onehot)
buf = torch.zeros(4, 5)
buf.scatter_(1, targets.unsqueeze(1), 2.5)
print(buf)
print(torch.zeros(2, 3, dtype=torch.long).scatter(1, torch.tensor([[0], [1]]), 2.7))

# scatter of a tensor: gradients for both the base and the source
base = torch.ones(3, 4, requires_grad=True)
src = torch.tensor([[10.0], [20.0], [30.0]], requires_grad=True)
s = base.scatter(1, torch.tensor([[3], [0], [1]]), src)
print(s, s.grad_fn.name())
(s * torch.arange(12.0).reshape(3, 4)).sum().backward()
print(base.grad)
print(src.grad)

# scatter_add counts into bins, repeated bins add up in order
counts = torch.zeros(5).scatter_add(0, torch.tensor([0, 2, 2, 4, 2]), torch.ones(5))
print(counts)
vals = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
bins = torch.zeros(3).scatter_add(0, torch.tensor([2, 0, 2, 1]), vals)
print(bins, bins.grad_fn.name())
(bins * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(vals.grad)
acc = torch.zeros(2, 3)
acc.scatter_add_(1, torch.tensor([[0, 0], [2, 1]]), torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(acc)

# in-place scatter into a non-leaf records the node
h = base * 2
h.scatter_(1, torch.tensor([[0], [1], [2]]), src)
print(h.grad_fn.name())
z = torch.zeros(3, 4)
z.scatter_add_(1, torch.tensor([[0], [1], [2]]), src)
print(z.grad_fn.name(), z.requires_grad)

# float64
d = torch.tensor([[0.5, 1.5], [2.5, 3.5]], dtype=torch.float64, requires_grad=True)
e = d.gather(1, torch.tensor([[1], [0]]))
e.sum().backward()
print(e, d.grad)

x = torch.randn(3, 4)
for f in [lambda: x.gather(1, torch.tensor([[0], [1], [5]])),
          lambda: x.gather(1, torch.tensor([0, 1, 2])),
          lambda: x.gather(1, torch.tensor([[0.0], [1.0], [2.0]])),
          lambda: x.gather(0, torch.tensor([[0, 1, 2, 0, 1]])),
          lambda: x.gather(2, torch.tensor([[0]])),
          lambda: torch.zeros(3, 4).scatter(1, torch.tensor([[0], [1], [9]]), x),
          lambda: torch.zeros(3, 4).scatter(1, torch.tensor([[0, 1, 2, 3, 0]]), x),
          lambda: torch.zeros(3, 4).scatter_add(1, torch.tensor([[0], [1], [2]]), 1.5),
          lambda: torch.zeros(3, 4).scatter(1, torch.tensor([[0], [1], [2]]), x.double()),
          lambda: w.scatter_(1, torch.tensor([[0]]), 1.0)]:
    try:
        f()
    except (RuntimeError, IndexError, TypeError) as err:
        print(type(err).__name__, err)
