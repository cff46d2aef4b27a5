import math, json
print(math.__name__, json.__name__)
