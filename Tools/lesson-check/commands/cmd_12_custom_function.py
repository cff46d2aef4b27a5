CMDS = ["print(loss)", "loss.backward()", "", "loss.backward(); print(w.grad)", "loss.backward(); print(w.grad)", ""]
