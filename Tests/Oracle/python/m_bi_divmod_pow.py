print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 4, 5), pow(3, -1, 7), pow(2.0, 3), pow(4, 0.5))
print(2 ** 64, (-2) ** 63, 10 ** 20 // 7, abs(-7), abs(-7.25), abs(True))
