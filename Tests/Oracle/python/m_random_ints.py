import random
random.seed(1)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)])
print([random.randrange(5, 50, 5) for _ in range(5)])
print(random.randrange(-10, -2), random.getrandbits(16), random.getrandbits(40))
