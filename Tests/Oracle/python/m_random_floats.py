import random
random.seed(2024)
print(random.uniform(-1, 1), random.uniform(10, 20))
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2))
print(random.normalvariate(0, 1), random.normalvariate(10, 0.5))
print(random.expovariate(2.0), random.triangular(0, 10, 3))
