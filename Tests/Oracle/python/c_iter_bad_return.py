class C:
    def __iter__(self):
        return 5
for x in C():
    pass
