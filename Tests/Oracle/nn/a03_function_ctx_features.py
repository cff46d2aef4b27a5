import torch

class MulConst(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k, w):
        ctx.k = k
        ctx.save_for_backward(w)
        idx = x.argmax()
        ctx.mark_non_differentiable(idx)
        return x * k * w, idx

    @staticmethod
    def backward(ctx, grad_out, grad_idx):
        (w,) = ctx.saved_tensors
        print("needs", ctx.needs_input_grad, grad_idx)
        return grad_out * ctx.k * w, None, None

x = torch.tensor([1.0, 3.0, 2.0], requires_grad=True)
w = torch.tensor([2.0, 2.0, 2.0])
out, idx = MulConst.apply(x, 3.0, w)
print(out, idx, idx.requires_grad)
out.sum().backward()
print(x.grad)

class NoBackward(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

z = NoBackward.apply(torch.ones(2, requires_grad=True))
print(z.grad_fn.name())
try:
    z.sum().backward()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Unused(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.clone()

    @staticmethod
    def backward(ctx, g):
        return g

with torch.no_grad():
    r = Unused.apply(torch.ones(1, requires_grad=True))
print(r.requires_grad, r.grad_fn)
print(Unused.apply(torch.ones(1)).requires_grad)
try:
    Unused()(torch.ones(1))
except RuntimeError as e:
    print("RuntimeError:", str(e)[:60])
