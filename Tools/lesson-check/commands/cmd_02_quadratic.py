CMDS = [
 """for it in range(1, 1000001):
    params.grad = None
    loss = mse(f(x, params), y)
    loss.backward()
    if it == 1 or it % 100000 == 0: print(f"iter {it:7d}/1000000  loss {loss.item()}")
    with torch.no_grad(): params -= 1e-5*params.grad
""",
]
