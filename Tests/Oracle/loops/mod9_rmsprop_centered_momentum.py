import torch

torch.manual_seed(3)
x = torch.linspace(-1, 1, 8)
y = 0.5 - 1.5 * x + 2.0 * x ** 2
coeffs = torch.zeros(3, requires_grad=True)
opt = torch.optim.RMSprop([coeffs], lr=0.01, alpha=0.9, momentum=0.5, centered=True)
for epoch in range(300):
    pred = coeffs[0] + coeffs[1] * x + coeffs[2] * x ** 2
    loss = ((pred - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 50 == 0:
        print(epoch, loss.item())
print(loss.item())
print(coeffs)
state = opt.state[coeffs]
print(state["step"], state["square_avg"])
print(state["grad_avg"])
print(state["momentum_buffer"])
