# Binning ages into groups, piecewise labels and numeric integration the way data-prep notebooks do:
# digitize, select, rint/fix, heaviside, sinc, trapezoid, inner/vdot.
import numpy as np

ages = np.array([3, 17, 25, 42, 67, 80])
bins = [0, 18, 35, 60]
print(np.digitize(ages, bins), np.digitize(ages, bins, right=True), np.digitize(40.5, bins))
group = np.select([ages < 18, ages < 60], [0, 1], default=2)
print(group, np.select([ages % 2 == 0], [ages / 2], default=-1.0))
v = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.7])
print(np.rint(v), np.fix(v), np.round(v), np.heaviside(v, 0.5), np.heaviside(0.0, 1.0))
t = np.linspace(-2, 2, 5)
print(np.sinc(t), np.sinc(0))
x = np.linspace(0, np.pi, 101)
print(np.round(np.trapezoid(np.sin(x), x), 6), np.trapezoid([1, 2, 3]), np.trapezoid([[1, 2], [3, 4]], axis=0), np.trapezoid([1.0, 4.0], dx=0.5))
u = np.array([1.0, 2.0, 3.0])
print(np.inner(u, u), np.inner(np.arange(6).reshape(2, 3), u), np.vdot([[1, 2], [3, 4]], [[1, 0], [0, 1]]))
