class Base:
    def __init__(self, **kw):
        self.opts = kw
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
n = Named("x", depth=2, width=3)
print(n.name, n.opts)
