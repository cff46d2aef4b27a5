CMDS = [
 "print(loss.grad_fn)",  # graph: values only (4.5, [-1,-1.5,-2]) checked by eye
 "loss.backward(); print(W.grad)",
 "print(W.grad)",
 "old=W.detach().clone()\nwith torch.no_grad(): W -= 0.1*W.grad\nprint(old, W.detach())",
 "W.grad = None",
 "loss = ((W[0]*x + W[1] - y)**2).mean(); print(loss)",
 """for it in range(1, 201):
    W.grad = None
    loss = ((W[0]*x + W[1] - y)**2).mean()
    loss.backward()
    if it == 1 or it % 50 == 0: print(f"iter {it:3d}/200  loss {loss.item()}")
    with torch.no_grad(): W -= 0.5*W.grad
""",
]
