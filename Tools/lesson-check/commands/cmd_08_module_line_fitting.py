CMDS = ["print(loss)", "loss.backward(); print(line.W.grad)", "print(loss)",
"""for it in range(1, 100001):
    poly.W.grad = None
    loss = F.mse_loss(poly(x), y_true)
    loss.backward()
    if it == 1 or it % 10000 == 0: print(f"iter {it:6d}/100000  loss {loss.item()}")
    with torch.no_grad(): poly.W -= 0.05*poly.W.grad
"""]
