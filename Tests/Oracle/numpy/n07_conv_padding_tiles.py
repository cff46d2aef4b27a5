# CS231n's naive convolution and pooling helpers: np.pad with zeros, tile/repeat along axes,
# diff with n/axis, sum(where=), rot90/flip for augmentation.
import numpy as np

np.random.seed(1)
x = np.random.randn(2, 3, 4, 4)
w = np.random.randn(2, 3, 3, 3)
b = np.array([0.1, -0.2])
pad, stride = 1, 1
x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), 'constant')
print(x_pad.shape, x_pad[0, 0, 0], x_pad[0, 0, 1, :3])
N, C, H, W = x.shape
F, _, HH, WW = w.shape
H_out = 1 + (H + 2 * pad - HH) // stride
W_out = 1 + (W + 2 * pad - WW) // stride
out = np.zeros((N, F, H_out, W_out))
for n in range(N):
    for f in range(F):
        for i in range(H_out):
            for j in range(W_out):
                window = x_pad[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                out[n, f, i, j] = np.sum(window * w[f]) + b[f]
print(out.shape, np.round(out[0, 0], 4))
print(np.pad(np.arange(6).reshape(2, 3), 1), np.pad([1, 2, 3], (2, 1), constant_values=9))
print(np.pad(np.arange(4), 2, mode='edge'), np.pad(np.arange(4), 2, mode='reflect'), np.pad(np.arange(3), (1, 3), mode='wrap'))
img = np.arange(12).reshape(3, 4)
print(np.rot90(img), np.rot90(img, 2), np.rot90(img, k=-1), np.fliplr(img), np.flipud(img), sep="\n")
print(np.tile(np.array([1, 2]), 3), np.tile([[1, 2]], (2, 2)), np.tile(np.eye(2), (2, 1, 1)).shape)
dout = np.arange(4.0).reshape(2, 2)
print(np.repeat(np.repeat(dout, 2, axis=0), 2, axis=1))
print(dout.repeat(3, axis=1), np.repeat([1, 2, 3], [3, 0, 1]), np.repeat(7, 3))
losses = np.array([2.3, 1.9, 1.2, 1.0, 0.95])
print(np.diff(losses), np.diff(losses, n=2), np.diff(img, axis=0), np.diff([0, 1, 1, 0] , prepend=0))
print(np.diff(np.array([True, True, False])), np.diff(img))
scores = np.array([[1.0, -2.0, 3.0], [0.5, 4.0, -1.0]])
print(np.sum(scores, where=scores > 0), scores.sum(axis=1, where=scores > 0))
print(np.kron(np.eye(2, dtype=int), np.ones((2, 2), dtype=int)), np.kron([1, 10], [1, 2]))
print(np.hsplit(img, 2), np.vsplit(img, [1]), np.dstack(([1, 2], [3, 4])).shape)
print(np.broadcast_to(np.arange(3), (2, 3)), np.indices((2, 3))[1], np.diag_indices(3))
rows, cols = np.triu_indices(3, k=1)
print(rows, cols, img[:3, :3][np.tril_indices(3)])
