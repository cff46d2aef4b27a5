def bold(fn):
    def w():
        return "<b>" + fn() + "</b>"
    return w
def italic(fn):
    def w():
        return "<i>" + fn() + "</i>"
    return w
@bold
@italic
def text():
    return "hi"
print(text())
