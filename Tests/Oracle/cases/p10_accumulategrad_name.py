# next_functions down to the leaves: AccumulateGrad names itself by its C++ path
import torch
w = torch.ones(2, requires_grad=True)
y = (w*2).sum()
print(y.grad_fn.next_functions[0][0].next_functions[0][0].name())
