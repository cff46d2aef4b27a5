import random
r = random.Random(99)
random.seed(99)
print(r.random() == random.random(), r.randint(0, 100))
