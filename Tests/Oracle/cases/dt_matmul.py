import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64, requires_grad=True)
B = torch.tensor([[0.5, -1.0], [1.5, 2.0]], dtype=torch.float64, requires_grad=True)
v = torch.tensor([1.0, -1.0], dtype=torch.float64)
C = A @ B
print(C)
print(A @ v, v @ A, v @ v, A.mm(B), A.mv(v))
C.sum().backward()
print(A.grad, B.grad)
print(torch.tensor([[1.0 / 3]], dtype=torch.float64) @ torch.tensor([[3.0]], dtype=torch.float64))
try:
    A @ torch.ones(2, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(2, dtype=torch.float64).dot(torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)
