import random
random.randint(5, 2)
