# Issue 20's interactive target: a 10^5-parameter model (two layers, 99,330 parameters) for
# bench/run's command latencies (graph, grad, step, bstep + next).
torch.manual_seed(0)
x = torch.randn(64, 300)
y = torch.randn(64, 30)
W1 = (torch.randn(300, 300) * 0.05).requires_grad_()
b1 = torch.zeros(300, requires_grad=True)
W2 = (torch.randn(300, 30) * 0.05).requires_grad_()
b2 = torch.zeros(30, requires_grad=True)
loss = (((x @ W1 + b1).relu() @ W2 + b2 - y) ** 2).mean()
backward
