# Big ints by powers and shifts: the digits and the floor rules of Python's arbitrary-precision ints.
big = 9223372036854775807 << 9223
print(len(str(big)), str(big)[:30], str(big)[-30:])
print(big >> 9223 == 9223372036854775807)
print(3 ** 2000 % 1000007, (-7) ** 333 % 99991)
print(2 ** 100, (-3) ** 3, 10 ** 20, (-2) ** 64)
print(12345678901234567890 >> 40, -12345678901234567890 >> 3)
print(-12345678901234567890 >> 20000, 12345678901234567890 >> 20000)
print((1 << 200) - 1)
print(sum(1 << k for k in range(0, 300, 7)) % 10 ** 9)
