# float64 logarithms and expm1 as a course prints them: decibels, bits, orders of magnitude.
import numpy as np

power = np.array([1e-3, 0.02, 0.5, 1.0, 3.3, 250.0])
print((10 * np.log10(power)).tolist())
p = np.array([0.1, 0.2, 0.3, 0.4])
print(-(p * np.log2(p)).sum(), np.log2(1024.0), np.log10(2.0))
print(np.expm1(np.array([1e-10, 1e-5, 0.1, 1.0, 5.0])).tolist())
rates = np.array([0.01, 0.035, 0.2])
print(np.expm1(12 * np.log1p(rates / 12)).tolist())
print(repr(np.log10(np.float64(7.0))), repr(np.log2(np.float64(3.0))), repr(np.expm1(np.float64(0.5))))
