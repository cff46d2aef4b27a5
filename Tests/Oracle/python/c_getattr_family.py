class Config:
    lr = 0.1
    def __init__(self):
        self.epochs = 10

c = Config()
print(getattr(c, "lr"), getattr(c, "epochs"), getattr(c, "missing", "default"))
setattr(c, "batch", 32)
print(c.batch, hasattr(c, "batch"), hasattr(c, "nope"))
delattr(c, "batch")
print(hasattr(c, "batch"))
for name in ["lr", "epochs"]:
    setattr(c, name, getattr(c, name) * 2)
print(c.lr, c.epochs, Config.lr)
print(sorted(vars(c).items()) if False else c.__dict__)
