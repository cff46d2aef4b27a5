import numpy as np

def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)

logits = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0], [-1.0, 0.0, 5.0]])
p = softmax(logits)
print(p)
print(p.sum(axis=1))
print(p.argmax(axis=1))
labels = np.array([2, 0, 2])
print(-np.log(p[np.arange(3), labels]).mean())
