import numpy as np
import torch
w = torch.tensor([1.2549915e5, -7.199033e11, 3.5e-8])
print(w.numpy())
print(repr(w.numpy()))
g = np.array([5.8625161e-04, -4.9187939e-08, 2.407092e+09], dtype=np.float32)
print(g, g * 2)
np.set_printoptions(floatmode='fixed', precision=4)
print(np.array([0.1, 0.25], dtype=np.float32), np.array([1.0, 2.5]))
np.set_printoptions(floatmode='maxprec_equal', precision=8)
print(np.array([0.1, 0.25, 1.0], dtype=np.float32))
print(True & True, True | False, True ^ True)
