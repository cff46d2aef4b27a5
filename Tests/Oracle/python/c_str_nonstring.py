class S:
    def __str__(self):
        return 3
print(S())
