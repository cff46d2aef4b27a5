losses = [0.5, 0.4]
print(losses[-1])
print(losses[2])
