import numpy as np
x = np.array([1.23456789, 0.00001, 100.5])
print(np.array2string(x, precision=2))
print(np.array2string(x, precision=3, suppress_small=True, separator=", "))
print(np.array_str(np.linspace(0, 1, 4), precision=2))
print(np.array_repr(np.arange(3, dtype=np.float32)))
s = np.array2string(np.arange(12).reshape(3, 4), separator=",")
print(s)
print(f"{np.float64(2.5):.3f}", f"{np.array(1.5):.1f}")
try:
    print(f"{x:.2f}")
except TypeError as e:
    print("TypeError:", e)
