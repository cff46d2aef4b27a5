layers = [8, 16, 32, 64]
layers[1:3] = [24]
print(layers)
layers[:0] = [1, 2]
print(layers)
layers[::2] = ["a", "b", "c"][:len(layers[::2])]
print(layers)
layers[:] = layers[::-1]
print(layers)
history = list(range(10))
history[-3:] = (x * 10 for x in history[-3:])
print(history)
history[2:5] = []
print(history, len(history))
try:
    history[::3] = [0]
except ValueError as e:
    print("ValueError:", e)
try:
    history[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
history[10:] = "xy"
print(history)
