s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.index("fox"), s.count("o"), s.count("the"))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")), s.find("o", 20), s.count("o", 0, 15))
print("abc".replace("b", ""), "aaaa".replace("a", "b", 2), s.replace(" ", "_")[:15])
