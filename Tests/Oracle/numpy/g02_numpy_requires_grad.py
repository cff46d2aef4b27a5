import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
print(w.detach().numpy())
with torch.no_grad():
    print(w.numpy())
try:
    w.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
loss = (w ** 2).sum()
print(loss.detach().numpy(), repr(loss.detach().numpy()))
