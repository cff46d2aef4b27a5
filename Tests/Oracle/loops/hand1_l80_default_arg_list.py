import torch
def log_step(value, store=[]):
    store += [value]
    return len(store)
w = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(15):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    log_step(0)
print(log_step(0), w.tolist())
