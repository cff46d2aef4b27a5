a = 1
print(a / 0)
