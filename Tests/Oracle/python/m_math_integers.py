import math
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.comb(60, 30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(99))
