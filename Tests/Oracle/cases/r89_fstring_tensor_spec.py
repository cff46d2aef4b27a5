import torch
loss = torch.tensor(0.123456, requires_grad=True) * 2
print(f"loss={loss:.3f}")
print(f"loss={loss}")
print("loss: {:.2e}".format(loss.item()))
print(f"{loss.item():8.4f}|{loss.item():<8.2f}|")
v = torch.tensor([1.5, 2.5])
print(f"v = {v}")
print("v = %s" % v)
print("v =", v, sep=" ")
print("a", "b", sep="-", end="!\n")
print(f"{v.sum().item():g}", f"{v.mean():.1f}")
print(f"{torch.tensor(3):d}" if False else f"{int(torch.tensor(3))}")
print(f"{str(v.shape)} {v.dtype} {v.requires_grad}")
