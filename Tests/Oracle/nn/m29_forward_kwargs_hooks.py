import torch
import torch.nn as nn

class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)

    def forward(self, x, scale=1.0, return_both=False):
        y = self.lin(x) * scale
        if return_both:
            return y, x
        return y

torch.manual_seed(0)
m = Scaled()
x = torch.ones(1, 2)
print(m(x))
print(m(x, scale=2.0))
a, b = m(x, return_both=True)
print(a.shape, b.shape)

def pre(module, args, kwargs):
    print("pre kwargs", sorted(kwargs))
    kwargs["scale"] = 10.0
    return args, kwargs

def post(module, args, kwargs, out):
    print("post", kwargs.get("scale"))
    return out + 1

h1 = m.register_forward_pre_hook(pre, with_kwargs=True)
h2 = m.register_forward_hook(post, with_kwargs=True)
print(m(x, scale=3.0))
h1.remove()
h2.remove()
print(m(x, scale=3.0))
order = []
m.register_forward_hook(lambda mod, i, o: order.append("first"))
m.register_forward_hook(lambda mod, i, o: order.append("prepended"), prepend=True)
m(x)
print(order)
print(nn.Identity(54, unused_argument1=0.1, unused_argument2=False)(x))
