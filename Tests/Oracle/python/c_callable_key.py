class ByLength:
    def __call__(self, s):
        return len(s)
words = ["pear", "fig", "banana"]
print(sorted(words, key=ByLength()), sorted(words, key=ByLength())[-1])
