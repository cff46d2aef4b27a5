print((255).bit_length(), (3.5).is_integer(), (4.0).is_integer(), (0.75).as_integer_ratio(), (7).real, (2.5).real)
print(1e3, 1.5e-7, float("1.0"), 10 / 4, 10 // 4, -10 // 4, 10 % 3, -10 % 3, 2 ** 0.5, 7.0 // 2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 / 3 * 3 == 1.0, int(1e10), 2 ** 62 + 2 ** 62)
print(True + True, True * 3, 5 / 2, 5 // 2, -5 // 2, 5 % -2)
