print(pow(3, 4, 5), pow(2, 100, 7), pow(-2, 5, 7), pow(2, 5, -7), pow(3, -1, 7), pow(10**18, 10**18, 10**18 - 3), pow(5, 0, 1), pow(0, 0, 3))
print(pow(True, 2, 3), pow(2, 3, None))
for a in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5)]:
    try:
        print(pow(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
