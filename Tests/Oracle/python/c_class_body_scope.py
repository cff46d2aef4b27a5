x = "global"
class C:
    x = "class"
    y = x + "!"
    def get(self):
        return x
    squares = [i * i for i in range(3)]
print(C.y, C().get(), C.x, C.squares)
