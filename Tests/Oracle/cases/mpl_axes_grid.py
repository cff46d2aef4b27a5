import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np
from matplotlib import animation

fig, axs = plt.subplots(2, 3, figsize=(9, 6))
print(type(axs).__name__, axs.shape, axs.ndim, axs.size, len(axs))
axs[0, 0].plot([1, 2, 3], [1, 4, 9], 'r--o', label='squares')
axs[0][1].scatter([1, 2], [3, 4], c='orange', alpha=0.5)
axs[1, 2].set_title('last')
print(axs[1, 2].set_xlim(0, 10))
print(axs[1, 2].set_ylim((-1, 1)))
print(len(list(axs.flat)), len(axs.flatten()), len(axs.ravel()))
for row in axs:
    print(len(row))
fig2, (ax1, ax2) = plt.subplots(1, 2)
print(ax1 is not ax2)
fig3, ax = plt.subplots()
ax.grid(True)
t = ax.text(1, 2, 'hello')
print(t)
print(plt.xlim(-3, 3), plt.ylim(bottom=0, top=2))
print(plt.text(0.5, 0.25, 'mid'))
line, = plt.plot([0, 1], [0, 1])
line.set_ydata([1, 0])
line.set_data([0, 1], [0.5, 0.5])
f = plt.figure()
print(f, repr(fig))
anim = animation.FuncAnimation(f, lambda i: (line,), frames=3, interval=50)
print(type(anim).__name__)
plt.close('all')
