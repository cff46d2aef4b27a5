def make(tag):
    print("making", tag)
    def d(fn):
        print("applying", tag)
        return fn
    return d
@make("outer")
@make("inner")
def f():
    print("f runs")
f()
