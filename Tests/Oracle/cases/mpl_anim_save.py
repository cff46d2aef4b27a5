# anim.save runs every frame; without ffmpeg matplotlib falls back to Pillow, which cannot write SVG.
import matplotlib.pyplot as plt
from matplotlib import animation

fig = plt.figure()
line, = plt.plot([0, 1], [0, 1])
calls = []

def animate(i):
    calls.append(i)
    line.set_ydata([i, 0])
    return line,

anim = animation.FuncAnimation(fig, animate, frames=3, interval=20)
print(calls)
try:
    anim.save('anim_out.svg')
except ValueError as e:
    print("ValueError:", e)
print(calls)
