import torch

torch.manual_seed(9)
w = torch.randn(5, requires_grad=True)
target = torch.tensor([1.0, -2.0, 0.5, 0.0, 3.0])
opt = torch.optim.Adagrad([w], lr=0.3, lr_decay=0.01, weight_decay=0.001,
                          initial_accumulator_value=0.1, eps=1e-8)
for step in range(400):
    opt.zero_grad()
    loss = ((w - target) ** 2).sum() + 0.1 * w.abs().sum()
    loss.backward()
    opt.step()
    if step % 100 == 0:
        print(f"step {step}: loss {loss.item():.6f}")
print(loss.item())
print(w)
print(opt.state[w]["sum"], opt.state[w]["step"])

v = torch.zeros(3, requires_grad=True)
opt2 = torch.optim.Adagrad([v], maximize=True)
for i in range(100):
    opt2.zero_grad()
    r = -(v - torch.tensor([1.0, -2.0, 0.5])).pow(2).sum()
    r.backward()
    opt2.step()
print(v)
