class P:
    def __eq__(self, o): return True
print(hash(P()))
