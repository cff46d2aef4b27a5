data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
evens = [y for x in data if (y := x * 2) > 6]
print(evens)
i = 0
while (i := i + 1) < 4:
    print("i =", i)
print(i)
