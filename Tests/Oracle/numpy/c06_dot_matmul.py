import numpy as np
A = np.array([[1.0, 2.0], [3.0, 4.0]])
v = np.array([1.0, -1.0])
print(A @ v)
print(A @ A)
print(np.dot(v, v))
print(A.dot(v))
print(np.matmul(A, A.T))
print(repr(np.dot(np.arange(3), np.arange(3))))
B = np.arange(6).reshape(2, 3)
print(B.T @ B)
try:
    B @ B
except ValueError as e:
    print("ValueError:", e)
