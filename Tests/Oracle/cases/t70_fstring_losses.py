import torch
losses = []
w = torch.tensor([0.3, -0.7], requires_grad=True)
def loss_fn(w, scale=1.0, shift=0.0): return ((w * scale - shift) ** 2).sum()
for i in range(6):
    loss = loss_fn(w, shift=1.0) if i % 2 else loss_fn(w, 2.0)
    loss.backward()
    with torch.no_grad(): w.sub_(0.1 * w.grad)
    w.grad.zero_()
    losses.append(loss.item())
    print(f"it={i:02d} loss={loss.item():.3f} grad_norm={torch.linalg.vector_norm(w).item():.4f}")
print(losses)
print([round(l, 3) for l in losses])
print(f"{w}", f"{w.detach()}", f"{w.sum():.2f}")
print(f"{sum(losses) / len(losses):.5f}", f"{max(losses)!r}")
