import numpy as np
x = np.linspace(0, 1, 1000).astype(np.float32)
print(repr(x.sum()), repr(x.mean()))
print(repr(x.std()), repr(x.var()))
y = np.sin(np.arange(300) * 0.1)
print(repr(y.sum()), repr(y.mean()), repr(y.std()))
print(repr((y ** 2).sum()))
