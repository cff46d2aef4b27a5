print(divmod(1, 3))
divmod(1, 0)
