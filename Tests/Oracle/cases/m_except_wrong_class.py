try:
    [1, 2][5]
except (ValueError, ZeroDivisionError):
    print("caught wrongly")
