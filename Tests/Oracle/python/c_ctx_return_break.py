class Tag:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("<" + self.n + ">")
    def __exit__(self, *a):
        print("</" + self.n + ">", a)
def f():
    with Tag("f"):
        return 5
print(f())
for i in range(3):
    with Tag(str(i)):
        if i == 1:
            break
