import numpy as np
# A tiny two-layer network with tanh hidden units, in float64 numpy.
np.random.seed(1)
X = np.random.randn(5, 3)
W1 = np.random.randn(3, 4) * 0.5
W2 = np.random.randn(4, 1) * 0.5
h = np.tanh(X @ W1)
print(h)
print(h.tolist())
out = h @ W2
print(out.ravel())
grad_h = (1 - h ** 2)
print(grad_h.sum(axis=0))
z = np.linspace(-4, 4, 9)
print(np.tanh(z).tolist())
print(np.tanh(np.array([0.0, -0.0, 1e-9, 20.0, -30.0, np.inf])))
print(repr(np.tanh(0.5)), np.tanh(3))
