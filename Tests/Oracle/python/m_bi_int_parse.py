print(int("42"), int(" -7 "), int("1_000"), int("ff", 16), int("0xff", 16), int("0b1010", 0), int("777", 8), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("10", base=2))
