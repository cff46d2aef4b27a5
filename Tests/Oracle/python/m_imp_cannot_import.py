from math import sqrt
try:
    from math import not_a_function
except ImportError as e:
    print(type(e).__name__)
from sys import not_a_thing
