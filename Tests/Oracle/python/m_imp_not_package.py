import math.special
