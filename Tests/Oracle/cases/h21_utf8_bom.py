x = 2
print(x * 3)
