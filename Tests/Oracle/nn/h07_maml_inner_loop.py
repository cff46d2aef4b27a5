# MAML-style meta-learning: the inner SGD step is differentiated through (create_graph=True),
# so the outer loss's gradient includes second-order terms.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
W = torch.randn(3, 2, requires_grad=True)
b = torch.zeros(2, requires_grad=True)
meta_opt = torch.optim.SGD([W, b], lr=0.1)
inner_lr = 0.5

def make_task(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(8, 3, generator=g)
    y = (x[:, 0] + x[:, 1] > 0).long()
    return x[:4], y[:4], x[4:], y[4:]

for epoch in range(3):
    meta_opt.zero_grad()
    meta_loss = 0.0
    for task in range(2):
        xs, ys, xq, yq = make_task(10 * epoch + task)
        support_loss = F.cross_entropy(xs @ W + b, ys)
        gW, gb = torch.autograd.grad(support_loss, (W, b), create_graph=True)
        W_fast = W - inner_lr * gW
        b_fast = b - inner_lr * gb
        query_loss = F.cross_entropy(xq @ W_fast + b_fast, yq)
        meta_loss = meta_loss + query_loss
    meta_loss = meta_loss / 2
    meta_loss.backward()
    print(f"epoch {epoch}: meta loss {meta_loss.item():.6f}")
    print(W.grad)
    meta_opt.step()

# first-order MAML drops the second-order terms: compare the two gradients
xs, ys, xq, yq = make_task(99)
for create in (True, False):
    W.grad = None
    gW, = torch.autograd.grad(F.cross_entropy(xs @ W + b, ys), W, create_graph=create)
    loss = F.cross_entropy(xq @ (W - inner_lr * gW) + b, yq)
    loss.backward()
    print(create, W.grad)

# the softmax's Hessian with respect to its logits
z = torch.tensor([0.2, -0.1, 0.4])
print(torch.autograd.functional.hessian(lambda t: torch.log_softmax(t, dim=0)[1], z))
print(torch.autograd.functional.hessian(lambda t: torch.softmax(t, dim=0)[0], z))

# zeroing a gradient that has a graph
p = torch.tensor([1.0, 2.0], requires_grad=True)
(p ** 3).sum().backward(create_graph=True)
print(p.grad)
p.grad.zero_()
print(p.grad)
