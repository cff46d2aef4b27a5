import torch
w = torch.tensor([0.0], requires_grad=True)
batches = [torch.tensor([1.0]), torch.tensor([2.0]), torch.tensor([2.0]), torch.tensor([5.0])]
for i in range(8):
    x = batches[0]
    batches = batches[1:] + batches[:1]
    (w * x).sum().backward()
print(w.grad.item())
