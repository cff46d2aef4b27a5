print(1 / 2)
x = 0
print(10 / x)
