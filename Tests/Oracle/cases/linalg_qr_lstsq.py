import torch

# QR and least squares as a linear-regression lesson uses them.
A = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
Q, R = torch.linalg.qr(A)
print(Q)
print(R)
print(torch.allclose(Q @ R, A, atol=1e-6), torch.allclose(Q.T @ Q, torch.eye(2), atol=1e-6))
print(torch.linalg.qr(A, mode="complete"))
print(torch.linalg.qr(A.T.double()))
print(torch.linalg.qr(torch.tensor([[2., -1., 0.], [-1., 2., -1.], [0., -1., 2.]]), mode="r").R)

torch.manual_seed(0)
X = torch.randn(20, 3)
w_true = torch.tensor([[1.5], [-2.0], [0.5]])
y = X @ w_true + 0.01 * torch.randn(20, 1)
sol = torch.linalg.lstsq(X, y)
print(sol.solution.squeeze(), sol.rank, sol.residuals.shape, sol.singular_values)
print(torch.linalg.lstsq(X.double(), y.squeeze(1).double()).solution)
design = torch.cat([X[:, :1], torch.ones(20, 1)], dim=1)
print(torch.linalg.lstsq(design, y).solution.T)
try:
    torch.linalg.qr(torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.linalg.qr(A, mode="full")
except RuntimeError as e:
    print("RuntimeError:", e)
torch.linalg.lstsq(X, torch.ones(5, 1))
