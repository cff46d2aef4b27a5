# Ranges past 64-bit integers, as Python's arbitrary-precision ints allow them.
big = range(2**70)
print(big, big[5], big[-1], 2**69 in big, -1 in big, bool(big), bool(range(2**70, 0)))
stepped = range(-2**64, 2**64, 2**62)
print(stepped, stepped.start, stepped.step, len(stepped), list(stepped)[:3], stepped[-1])
print(3 * 2**62 in stepped, 2**62 + 1 in stepped, isinstance(big, range))
for i in range(2**64, 2**64 + 3):
    print(i - 2**64, end=" ")
print()
for x in range(10**20, 0, -10**19):
    if x < 5 * 10**19:
        break
print(x, sum(range(2**63, 2**63 + 4)))
try:
    big[2**70]
except IndexError as e:
    print("IndexError:", e)
try:
    range(0, 2**70, 0)
except ValueError as e:
    print("ValueError:", e)
print(len(range(2**63 - 10, 2**63 + 10)))
print(len(big))
