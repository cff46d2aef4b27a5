import torch
from torch import nn, optim
from torch.optim.lr_scheduler import CyclicLR

model = nn.Linear(2, 1)
for mode, extra in [("triangular", {}), ("triangular2", {}), ("exp_range", {"gamma": 0.9})]:
    opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    sched = CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3, mode=mode, **extra)
    lrs, moms = [], []
    for step in range(14):
        lrs.append(round(sched.get_last_lr()[0], 5))
        moms.append(round(opt.param_groups[0]["momentum"], 4))
        opt.step()
        sched.step()
    print(mode, lrs)
    print("  momentum", moms)

# Asymmetric cycle and a custom scale function.
opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sched = CyclicLR(opt, base_lr=0.001, max_lr=0.006, step_size_up=2, step_size_down=4,
                 scale_fn=lambda x: 0.5 ** (x - 1), scale_mode="cycle")
out = []
for _ in range(13):
    opt.step()
    sched.step()
    out.append(round(sched.get_last_lr()[0], 6))
print(out)

# Adam cycles beta1 instead of momentum.
opt = optim.Adam(model.parameters(), lr=1e-3)
sched = CyclicLR(opt, base_lr=1e-4, max_lr=1e-3, step_size_up=2, base_momentum=0.85, max_momentum=0.95)
for _ in range(5):
    opt.step()
    sched.step()
    print(round(sched.get_last_lr()[0], 6), tuple(round(b, 3) for b in opt.param_groups[0]["betas"]))
print(sorted(k for k in opt.param_groups[0] if "momentum" in k or k == "initial_lr"))

opt = optim.Adagrad(model.parameters(), lr=0.1)
try:
    CyclicLR(opt, base_lr=0.01, max_lr=0.1)
except ValueError as e:
    print("ValueError:", e)
sched = CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=2, cycle_momentum=False)
print([round(lr, 4) for lr in sched.base_lrs], sched.max_lrs, sched.total_size, sched.step_ratio)
try:
    CyclicLR(optim.SGD(model.parameters(), lr=0.1), base_lr=0.01, max_lr=0.1, mode="cosine")
except ValueError as e:
    print("ValueError:", e)

# Training a tiny regression with a cyclic schedule, one scheduler step per batch.
torch.manual_seed(0)
x = torch.randn(64, 2)
y = x @ torch.tensor([[2.0], [-1.0]]) + 0.5
net = nn.Linear(2, 1)
opt = optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
sched = CyclicLR(opt, base_lr=0.005, max_lr=0.05, step_size_up=4)
for epoch in range(3):
    for i in range(0, 64, 16):
        opt.zero_grad()
        loss = nn.functional.mse_loss(net(x[i:i + 16]), y[i:i + 16])
        loss.backward()
        opt.step()
        sched.step()
    print(f"epoch {epoch} loss {loss.item():.5f} lr {sched.get_last_lr()[0]:.4f}")
print(sched.state_dict()["last_epoch"], "_scale_fn_ref" in sched.state_dict())
