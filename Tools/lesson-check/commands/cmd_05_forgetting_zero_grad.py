F = "loss = ((W[0]*x + W[1] - y_true)**2).mean(); print(loss)"
CMDS = ["loss.backward(); print(W.grad)", F, "loss.backward(); print(W.grad)", F, "loss.backward(); print(W.grad)",
 "old=W.detach().clone()\nwith torch.no_grad(): W -= 0.1*W.grad\nprint(old, W.detach())", "W.grad = None"]
