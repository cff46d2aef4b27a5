import random
random.seed(3)
print(random.sample(range(10), 3))
print(random.sample(range(1000), 6))
print(random.sample(["a", "b", "c", "d"], 4))
print(random.sample(range(100), 30))
print(random.sample(["r", "b"], counts=[3, 2], k=4))
