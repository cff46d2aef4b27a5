class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super(B, self).hello()
class C(B):
    def hello(self):
        return "C>" + B.hello(self)
print(C().hello())
