xs = [1, 2]
print(lenn(xs))
