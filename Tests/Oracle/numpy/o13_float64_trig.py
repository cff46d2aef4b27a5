# float64 inverse trig and hyperbolics, printed in full: joint angles, catenary, rapidity.
import numpy as np

ratios = np.array([-1.0, -0.8, -0.3, 0.0, 0.25, 0.6, 0.99])
print(np.arcsin(ratios).tolist())
print(np.arccos(ratios).tolist())
print(np.degrees(np.arctan(np.array([0.1, 1.0, 3.0, 40.0]))).tolist())
x = np.linspace(-3, 3, 7)
print((2.0 * np.cosh(x / 2.0)).tolist())
print(np.sinh(x).tolist(), np.tanh(x).tolist())
print(repr(np.arctan(np.float64(0.7))), repr(np.arcsin(np.float64(0.5))), repr(np.cosh(np.float64(1.5))))
