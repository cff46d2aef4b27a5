import math
print(math.frexp(12.0), math.ldexp(0.75, 4), math.modf(-3.25), math.modf(4.0))
print(math.erf(1.0), math.erfc(1.0), math.expm1(1e-10), math.log1p(1e-10))
print(math.cbrt(27), math.exp2(10), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.remainder(10, 3), math.pow(2, 10), math.pow(2.0, -1))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.sinh(1), math.cosh(1), math.tanh(0.5))
