# Determinants, inverses and linear solves, as linear-algebra refreshers in courses write them.
import torch

A = torch.tensor([[4., 7.], [2., 6.]], requires_grad=True)
print(A.det(), torch.det(A), torch.linalg.det(A))
Ainv = A.inverse()
print(Ainv, torch.linalg.inv(A).grad_fn.name())
print(A @ Ainv)
A.det().backward()
print(A.grad)
A.grad = None
Ainv.sum().backward()
print(A.grad)

M = torch.tensor([[3., 1., 0.], [1., 2., 1.], [0., 1., 4.]], dtype=torch.float64, requires_grad=True)
b = torch.tensor([9., 8., 6.], dtype=torch.float64, requires_grad=True)
x = torch.linalg.solve(M, b)
print(x)
(x * torch.arange(1., 4., dtype=torch.float64)).sum().backward()
print(M.grad)
print(b.grad)
print(torch.linalg.det(M), torch.inverse(M))

B = torch.tensor([[1., 2.], [3., 5.], [0., 1.]])
C = torch.tensor([[2., 0., 1.], [1., 3., 2.], [1., 1., 2.]])
print(torch.linalg.solve(C, B))
print(torch.eye(3).det(), torch.zeros(2, 2).det())

# A least-squares fit through the normal equations.
torch.manual_seed(0)
X = torch.cat([torch.ones(20, 1), torch.linspace(0, 1, 20).unsqueeze(1)], dim=1)
y = 3 * X[:, 1] + 1
w = torch.linalg.inv(X.T @ X) @ X.T @ y
print(w)

S = torch.tensor([[1., 2.], [2., 4.]])
print(S.det())
try:
    S.inverse()
except torch.linalg.LinAlgError as e:
    print(type(e).__name__, e)
try:
    torch.linalg.solve(S, torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(2, 3).det()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([[1, 2], [3, 4]]).inverse()
except NotImplementedError as e:
    print("NotImplementedError:", e)
torch.linalg.inv(S)
