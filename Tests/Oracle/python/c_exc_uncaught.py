class MyError(Exception):
    pass
def f():
    raise MyError("something broke")
f()
