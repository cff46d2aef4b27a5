# Second derivatives through the newer elementwise functions: autograd.grad with create_graph and
# autograd.functional.hessian.
import torch
for name in ["exp2", "lgamma", "acosh", "atanh", "rad2deg", "deg2rad", "frac"]:
    x = torch.tensor([1.3, 1.7], requires_grad=True)
    arg = x if name != "atanh" else x / 2
    y = getattr(torch, name)(arg).mul(x).sum()
    g, = torch.autograd.grad(y, x, create_graph=True)
    print(name, g, g.grad_fn.name())
    h, = torch.autograd.grad(g.sum(), x)
    print("  ", h)
    print("  ", torch.autograd.functional.hessian(lambda t: getattr(torch, name)(t if name != "atanh" else t / 2).mul(t).sum(), x.detach()))
for name in ["atan2", "logaddexp", "logaddexp2", "hypot", "xlogy", "copysign"]:
    x = torch.tensor([[0.5, -1.2, 0.9], [1.4, -0.3, 0.7]], requires_grad=True)
    y = torch.tensor([1.1, 0.6, -0.8], requires_grad=True)
    out = (getattr(torch, name)(x, y) * x * y).sum()
    gx, gy = torch.autograd.grad(out, (x, y), create_graph=True)
    print(name, gx, gy)
    hx, hy = torch.autograd.grad(gx.sum() + gy.sum(), (x, y))
    print("  ", hx, hy)
