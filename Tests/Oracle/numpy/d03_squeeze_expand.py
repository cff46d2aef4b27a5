import numpy as np
a = np.zeros((1, 3, 1))
print(a.shape, np.squeeze(a).shape, a.squeeze(axis=0).shape)
b = np.arange(3)
print(np.expand_dims(b, 0).shape, np.expand_dims(b, 1))
print(b[np.newaxis, :].shape, b[:, None].shape)
