# Transposed convolution by hand: each input pixel stamps a scaled copy of the kernel into the output.
import torch
import torch.nn.functional as F

x = torch.tensor([[[[1., 2.], [3., 4.]]]])
k = torch.tensor([[[[1., 0., -1.], [2., 1., 0.], [0., 1., 1.]]]])
print(F.conv_transpose2d(x, k))
print(F.conv_transpose2d(x, k, stride=2))
print(F.conv_transpose2d(x, k, stride=2, padding=1, output_padding=1))

# It is the gradient of a convolution with respect to its input.
torch.manual_seed(0)
inp = torch.randn(1, 2, 6, 6, requires_grad=True)
w = torch.randn(3, 2, 3, 3)
out = F.conv2d(inp, w, stride=2, padding=1)
g = torch.randn_like(out)
out.backward(g)
manual = F.conv_transpose2d(g, w, stride=2, padding=1, output_padding=1)
print(out.shape, manual.shape, torch.allclose(manual, inp.grad, atol=1e-6))

# 1-d: upsampling a signal by 2.
sig = torch.tensor([[[1., 2., 3.]]])
print(F.conv_transpose1d(sig, torch.tensor([[[1., 1.]]]), stride=2))
print(F.conv_transpose1d(sig, torch.tensor([[[0.5, 1., 0.5]]]), stride=2, padding=1))

# Gradients flow to the input, the weight and the bias.
x = torch.arange(8.).view(1, 2, 4).requires_grad_()
w = torch.tensor([[[1., -1.]], [[2., 0.5]]], requires_grad=True)
b = torch.tensor([0.5], requires_grad=True)
y = F.conv_transpose1d(x, w, b, stride=2, groups=1)
print(y, y.grad_fn.name())
(y * torch.arange(y.numel(), dtype=torch.float32).view_as(y)).sum().backward()
print(x.grad)
print(w.grad)
print(b.grad)
