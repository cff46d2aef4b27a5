import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
g_cur = torch.zeros(2)
g_prev = torch.zeros(2)
for i in range(20):
    loss = (w ** 2).sum()
    loss.backward()
    g_cur.copy_(w.grad)
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    g_cur, g_prev = g_prev, g_cur
print(g_prev.tolist(), g_cur.tolist(), w.tolist())
