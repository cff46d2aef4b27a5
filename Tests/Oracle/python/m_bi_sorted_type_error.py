sorted([3, "x", 1])
