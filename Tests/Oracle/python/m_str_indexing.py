s = "python"
print(s[0], s[-1], s[1:4], s[::2], s[::-1], s[10:], s[-3:])
print(len(s), "t" in s, "py" not in s, s * 2, s + "3", s < "pythons")
for i, ch in enumerate(s[:3]):
    print(i, ch)
