print("|" + "ab".center(7) + "|", "|" + "ab".center(7, "*") + "|", "|" + "abc".center(6) + "|")
print("7".zfill(3), "-7".zfill(4), "+7".zfill(4), "abc".ljust(5, ".") + "|", "abc".rjust(5, "0"))
for name, val in [("loss", 0.5), ("accuracy", 0.875)]:
    print(name.ljust(10) + str(val).rjust(8))
