import random
random.seed(11)
print(random.choices(["H", "T"], k=10))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.choices("abc", cum_weights=[1, 2, 10], k=6))
