class Loud:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<no {name}>"
l = Loud()
print(l.x, l.secret_key, l.other)
