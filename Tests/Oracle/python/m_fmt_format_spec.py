x = 1234.5678
print(format(x, ".2f"), format(x, "10.1f"), format(x, "<10.1f") + "|", format(x, "^12.2f") + "|", format(x, "+.0f"))
print(format(x, ","), format(x, ",.2f"), format(x, "e"), format(x, ".3E"), format(x, "g"), format(0.0001, "g"), format(1e20, "g"))
print(format(42, "d"), format(42, "5d"), format(42, "<5d") + "|", format(42, "x"), format(42, "#o"), format(42, "b"), format(-42, "08d"))
print(format(0.125, ".1%"), format(1/3, ".3"), format(True, "d"), format("abc", "*>6"), format(7, "_b"))
