import random
random.seed(0)
weights = [[random.gauss(0, 0.1) for _ in range(3)] for _ in range(2)]
for row in weights:
    print(["%.4f" % w for w in row])
