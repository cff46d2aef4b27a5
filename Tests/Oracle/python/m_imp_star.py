from math import *
print(sqrt(9), pi, e, tau, inf, isnan(nan))
print(cos(0), sin(0), log(e), log10(1000), log2(1024))
