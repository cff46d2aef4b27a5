import random
import random as r2
random.seed(5)
a = r2.random()
random.seed(5)
b = random.random()
print(a == b, a)
