F = "loss = mse(f(time, params), speed); print(loss)"
CMDS = [F, "loss.backward(); print(params.grad)", "old=params.detach().clone()\nwith torch.no_grad(): params -= 1e-5*params.grad\nprint(old, params.detach())", "params.grad = None", F]
