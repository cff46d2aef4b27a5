# Fitting lines and parabolas the way course notebooks do: np.polyfit, np.linalg.lstsq and friends.
import numpy as np

np.random.seed(0)
x = np.linspace(0, 10, 25)
y = 2.5 * x + 1.0 + np.random.randn(25)
coeffs = np.polyfit(x, y, 1)
print(coeffs)
slope, intercept = coeffs
print(f"slope {slope:.4f}, intercept {intercept:.4f}")
print(np.round(coeffs, 6))
quad = np.polyfit(x, 0.3 * x**2 - x + np.random.randn(25), 2)
print(quad)
print(np.polyval(quad, 2.0).round(6))
w = np.linspace(1, 2, 25)
print(np.polyfit(x, y, 1, w=w))
c, res, rank, sv, rc = np.polyfit(x, y, 1, full=True)
print(c, res, rank, sv, rc)

A = np.vstack([x, np.ones_like(x)]).T
sol, resid, rk, s = np.linalg.lstsq(A, y, rcond=None)
print(sol, resid, rk, s)
print(np.linalg.lstsq(A[:1], y[:1], rcond=None))
Y = np.stack([y, 2 * y], axis=1)
print(np.linalg.lstsq(A, Y, rcond=None)[0])
print(np.linalg.pinv(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])))
print(np.linalg.pinv(A) @ y)
print(np.linalg.svd(A, compute_uv=False))
print(np.linalg.eigvalsh(np.array([[2.0, 1.0], [1.0, 3.0]])))
print(np.linalg.cholesky(np.array([[4.0, 2.0], [2.0, 3.0]])))
