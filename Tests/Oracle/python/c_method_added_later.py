class C:
    pass
def hello(self):
    return "hello from " + type(self).__name__
c = C()
C.hello = hello
print(c.hello())
c.attr = lambda: "instance lambda"
print(c.attr())
