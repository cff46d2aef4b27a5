import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
todo = list(range(40))
for i in range(20):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    todo.remove(todo[0])
print(len(todo), todo[0], w.tolist())
