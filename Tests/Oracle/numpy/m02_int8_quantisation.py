import numpy as np
# Symmetric int8 quantisation of a weight vector, and the error it makes.
np.random.seed(0)
w = np.random.randn(8).astype(np.float32)
print(w)
scale = np.abs(w).max() / 127
print(repr(scale))
q = np.round(w / scale).astype(np.int8)
print(q, q.dtype)
print(repr(q))
deq = q.astype(np.float32) * scale
print(deq)
print(repr(np.abs(w - deq).max()))
print(np.iinfo(np.int8))
print(np.iinfo(np.int8).min, np.iinfo(np.int8).max, np.iinfo(np.uint8).max)
# Adding int8 arrays wraps around at 127.
a = np.array([100, 120, -100, -128], dtype=np.int8)
b = np.array([27, 10, -28, -1], dtype=np.int8)
print(a + b, (a + b).dtype)
print(repr(a.astype(np.int16) + b))
print(repr(a * 2), repr(-a))
# Accumulating in a wider type, as integer kernels do.
acc = a.astype(np.int32) * b.astype(np.int32)
print(acc, acc.dtype, acc.sum(), repr(a.sum()))
print(np.array([300, -1, 127, 128]).astype(np.int8))
print(np.array([300.7, -1.5, 2.5, -2.5]).astype(np.int8))
print(np.array([1.9, 250.2, 255.9]).astype(np.uint8))
print(repr(np.int8(-5)), np.int8(-5), repr(np.uint8(200)))
print(np.promote_types(np.uint8, np.int8), np.promote_types(np.int8, np.uint16), np.promote_types(np.uint64, np.int64))
u = np.array([1, 2], dtype=np.uint8)
i = np.array([-1, 1], dtype=np.int8)
print(repr(u + i), repr(u + np.array([1, 1], dtype=np.uint32)))
print(repr(u + 1), repr(u + 1.5), repr(u * np.float32(2)))
try:
    u + 300
except OverflowError as e:
    print("OverflowError:", e)
