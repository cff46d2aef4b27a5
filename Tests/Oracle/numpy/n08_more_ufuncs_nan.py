# More ufuncs and NaN handling: arctan2, hypot, degrees/radians, exp2, cbrt, logaddexp, fmax/fmin,
# reciprocal, nan_to_num, nanstd/nanvar/nanargmax, append/insert/delete, convolve, ravel_multi_index.
import warnings
import numpy as np

angles = np.arctan2([1.0, -1.0, 0.0], [-1.0, -1.0, 1.0])
print(angles, np.degrees(angles), np.radians([90, 180]), np.rad2deg(np.pi), np.deg2rad(45.0))
print(np.hypot(3, 4), np.hypot(np.array([5., 8.]), 12), np.exp2([0, 3, 10]), np.cbrt([27.0, -8.0]))
log_p = np.log(np.array([1e-30, 2e-30]))
print(np.logaddexp(log_p[0], log_p[1]), np.logaddexp(0, 0), np.logaddexp(np.array([1.0, 1000.0]), np.array([2.0, 1000.0])))
print(np.fmax([1, np.nan, 3], [np.nan, 2, 1]), np.fmin(np.array([1., np.nan]), 0), np.fmax(np.arange(4), 2))
print(np.reciprocal(np.array([1.0, 4.0, 0.5])), np.reciprocal(np.array([1, 2])))
data = np.array([[1.0, np.nan, 3.0], [np.inf, -np.inf, 6.0]])
print(np.nan_to_num(data), np.nan_to_num(data, nan=-1.0, posinf=100.0, neginf=-100.0))
print(np.nan_to_num(np.array([np.nan, 1.5], dtype=np.float32)), np.nan_to_num([1, 2]))
g = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan], [np.nan, 8.0, 9.0]])
print(np.nanstd(g), np.nanvar(g, axis=0), np.nanstd(g, axis=1, ddof=1), np.nanargmax(g, axis=0), np.nanargmin(g))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(np.nanvar(np.array([[np.nan, 1.0]]), axis=0))
try:
    np.nanargmax(np.array([np.nan, np.nan]))
except ValueError as e:
    print("ValueError:", e)
a = np.arange(6).reshape(2, 3)
print(np.append(a, [[6, 7, 8]], axis=0), np.append([1, 2], [3.5, 4]), np.append(a, 9))
print(np.delete(np.arange(6), [1, 3]), np.delete(a, 0, axis=1), np.delete(np.arange(5), slice(None, None, 2)))
print(np.insert(np.arange(4), 1, 100), np.insert(a, 2, 0, axis=1), np.insert([1.5, 2.5], 0, 7))
signal = np.array([0.0, 1.0, 0.0, 2.0, 0.0, 3.0])
kernel = np.ones(3) / 3
print(np.convolve(signal, kernel, mode='valid'), np.convolve(signal, kernel, 'same'), np.convolve([1, 2, 3], [0, 1, 0.5]))
print(np.convolve([1, 2, 3], [1, -1]), np.convolve([1, 2], [1, 2, 3, 4], mode='valid'))
print(np.ravel_multi_index(([0, 1, 1], [2, 0, 2]), (2, 3)), np.ravel_multi_index((1, 2), (2, 3)))
flat = np.ravel_multi_index(np.unravel_index([3, 7], (3, 4)), (3, 4))
print(flat)
