print(len([1, 2]), len("abc"), len({"a": 1}), len(range(3)))
len(5)
