print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t"), str(3.0), repr(1e100), repr(-0.0))
print(repr([1.5, "a", None]), str((1,)), repr(()), repr({}), repr(set()), repr({1, 2}))
print(ascii("café"), repr(1/3), 1e-7, 123456789012345678.0, 0.1 * 3)
