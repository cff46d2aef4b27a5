# What matplotlib's calls return, as notebooks print them; a tensor that requires grad cannot be plotted.
import torch
import matplotlib.pyplot as plt
from matplotlib import animation, rc

x = torch.linspace(0, 1, 5)
w = torch.tensor(2.0, requires_grad=True)
print(plt.title("fit"))
print(type(plt.scatter(x, 2 * x)).__name__)
lines = plt.plot(x, x ** 2)
print(len(lines), type(lines[0]).__name__)
rc('animation', html='jshtml')
fig = plt.figure()
anim = animation.FuncAnimation(fig, lambda i: None, frames=3, interval=20)
print(type(anim).__name__)
try:
    plt.scatter(x, w * x)
except RuntimeError as e:
    print("RuntimeError:", e)
plt.plot(x, (w * x).detach())
line, = plt.plot(x, x)
line.set_ydata(w * x)
