print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="))
print("test_model.py".removesuffix(".py"), "test_model".removeprefix("test_"), "abc".removeprefix("x"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "hello".translate(str.maketrans("", "", "l")))
