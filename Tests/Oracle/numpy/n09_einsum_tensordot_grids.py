# d2l / linear-algebra notebooks: einsum and tensordot for contractions, mgrid/ogrid index grids
# for decision-boundary plots.
import numpy as np

A = np.arange(6).reshape(2, 3)
B = np.arange(6.0).reshape(3, 2)
print(np.einsum('ij->j', A), np.einsum('ij->', A), np.einsum('ij->ji', A).shape)
print(np.einsum('ij,jk->ik', A, B), np.einsum('ii', np.eye(3)), np.einsum('i,i->', [1, 2], [3, 4]))
print(np.einsum('ij,ij->i', B, B), np.einsum('i,j->ij', np.arange(2), np.arange(3, dtype=np.float32)))
X = np.random.RandomState(0).randn(4, 3)
W = np.random.RandomState(1).randn(3, 2)
print(np.allclose(np.einsum('nd,dk->nk', X, W), X @ W))
print(np.tensordot(A, A.T, axes=1), np.tensordot(A, A, axes=2))
print(np.tensordot(np.ones((2, 3, 4)), np.ones((3, 4, 5)), axes=([1, 2], [0, 1])).shape, np.tensordot(B, B, axes=0).shape)
xx, yy = np.mgrid[0:3, 0:2]
print(xx, yy, sep="\n")
grid = np.mgrid[0:2, 0:3].reshape(2, -1).T
print(grid)
print(np.ogrid[0:3], np.ogrid[0:2, 0:3], np.mgrid[0:5:2])
r, c = np.ogrid[0:3, 0:3]
print((r + c) % 2)
