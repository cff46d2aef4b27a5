# Ranges that cover most of the 64-bit integers: len() cannot say their length (a C ssize_t), but
# indexing, slicing, membership and iteration still work.
full = range(-2**63, 2**63 - 1)
print(full[0], full[-1], full[2**63], 0 in full, bool(full))
half = range(0, 2**63 - 1, 2)
print(len(half), half[-1], half[10**18])
print(list(range(2**63 - 3, 2**63 - 1)), list(range(-2**63, -2**63 + 2)))
print(sum(1 for _ in range(2**63 - 3, 2**63 - 1)))
print(1 << 70, 2**70 >> 3, (1 << 64) - 1, -(2**65) >> 64)
try:
    full[2**64]
except IndexError as e:
    print("IndexError:", e)
try:
    len(range(-2**63, 2**63 - 1, 1))
except OverflowError as e:
    print("OverflowError:", e)
n = len(range(-2**62, 2**62))
print(n, n == 2**63 - 1 + 1)
