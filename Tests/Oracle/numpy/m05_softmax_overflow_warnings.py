import numpy as np
# Why softmax subtracts the max: the naive version overflows, and numpy warns about it.
logits = np.array([1000.0, 1001.0, 1002.0])

def naive_softmax(z):
    e = np.exp(z)
    return e / e.sum()

def stable_softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()

print(naive_softmax(logits))
print(stable_softmax(logits))
# Each location warns once, however often it runs.
for scale in [1.0, 2.0, 3.0]:
    p = naive_softmax(logits * scale)
print(p)
# Cross-entropy of a probability of exactly zero.
probs = np.array([0.0, 0.5, 0.5])
print(-np.log(probs))
with np.errstate(divide='ignore'):
    print(-np.log(probs))
print(np.sqrt(np.array([-1.0, 4.0])))
# float32 scalars overflow sooner than Python floats.
big = np.float32(3e38)
print(big * 2, 3e38 * 2)
print(np.int16(30000) + np.int16(10000))
print(np.array([1.0, -1.0, 0.0]) / 0.0)
print(np.array([3, 4]) // np.array([0, 2]))
old = np.seterr(over='ignore')
print(np.exp(np.array([800.0])))
np.seterr(**old)
try:
    with np.errstate(all='raise'):
        naive_softmax(logits)
except FloatingPointError as e:
    print("FloatingPointError:", e)
print(np.array([1e10, np.inf]).astype(np.int32))
print(np.array([70000.0]).astype(np.float16))
