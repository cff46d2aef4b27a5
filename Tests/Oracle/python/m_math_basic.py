import math
print(math.sqrt(2), math.exp(1), math.log(10), math.log(100, 10), math.log2(8), math.log10(0.001))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4))
print(math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
