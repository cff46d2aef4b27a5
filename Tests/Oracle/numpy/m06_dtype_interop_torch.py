import numpy as np
import torch
# Images and labels cross between numpy and torch; their small dtypes cross with them.
pixels = np.array([[12, 250], [128, 64]], dtype=np.uint8)
t = torch.from_numpy(pixels)
print(t.dtype, t)
t[0, 0] = 13
print(pixels[0, 0])
x = (t.float() / 255).numpy()
print(x.dtype, x)
labels = torch.tensor([1, 0, 3], dtype=torch.int8)
print(labels.numpy(), repr(labels.numpy()))
h = torch.tensor([0.5, 0.25], dtype=torch.float16)
print(repr(h.numpy()), repr(np.asarray(h)))
print(torch.tensor(np.array([1.5, 2.5], dtype=np.float16)))
print(torch.tensor(np.arange(3, dtype=np.int16)).dtype)
counts = np.bincount(np.array([0, 1, 1, 3]))
print(counts, counts.dtype)
onehot = np.eye(4, dtype=np.uint8)[np.array([2, 0])]
print(onehot, onehot.dtype)
print(repr(np.array([0.2, 0.7]) > 0.5), repr((np.array([0.2, 0.7]) > 0.5).astype(np.uint8)))
acc = (np.array([1, 0, 1], dtype=np.int8) == np.array([1, 1, 1])).mean()
print(acc, repr(acc))
