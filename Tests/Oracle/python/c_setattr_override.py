class Tracked:
    def __init__(self):
        self.changes = []
        self.a = 1
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        super().__setattr__(name, value)
t = Tracked()
t.b = 2
t.a = 3
print(t.changes, t.a, t.b)
