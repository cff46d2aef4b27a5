import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
z = y.sum()
print(z.grad_fn)
print(z.grad_fn.next_functions)
print(y.grad_fn.next_functions)
print(y.grad_fn.next_functions[0][0])
w = torch.tensor(3., requires_grad=True)
q = x * w + 1
print(q.grad_fn.next_functions)
