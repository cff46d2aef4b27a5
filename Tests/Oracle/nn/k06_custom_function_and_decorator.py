# A custom autograd.Function (straight-through sign), ctx features, and @torch.no_grad() as a decorator.
import torch

class SignSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale):
        ctx.save_for_backward(x)
        ctx.scale = scale
        return torch.sign(x) * scale

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        print("needs_input_grad:", ctx.needs_input_grad)
        return grad_output * (x.abs() <= 1).float() * ctx.scale, None

x = torch.tensor([-2.0, -0.5, 0.3, 1.5], requires_grad=True)
y = SignSTE.apply(x, 2.0)
print(y)
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)

class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a)
        return a * a

    @staticmethod
    def backward(ctx, g):
        (a,) = ctx.saved_tensors
        return 2 * a * g

w = torch.tensor([3.0], requires_grad=True)
z = Square.apply(w) + Square.apply(w * 2)
z.backward()
print(z, w.grad)
print(Square.apply(torch.tensor([4.0])).requires_grad)

class Model:
    def __init__(self):
        self.w = torch.tensor([1.0, 2.0], requires_grad=True)

    @torch.no_grad()
    def predict(self, x):
        return x * self.w

    def forward(self, x):
        return x * self.w

m = Model()
p = m.predict(torch.ones(2))
print(p, p.requires_grad)
print(m.forward(torch.ones(2)).requires_grad)

@torch.no_grad()
def update(t):
    t -= 0.1
    return t.requires_grad

print(update(m.w), m.w)
