class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

class LogMixin:
    def log(self, msg):
        print(f"[{self.__class__.__name__}] {msg}")

class Layer(ReprMixin, LogMixin):
    def __init__(self, n_in, n_out):
        self.n_in = n_in
        self.n_out = n_out

l = Layer(3, 4)
print(l)
l.log("built")
print(isinstance(l, ReprMixin), isinstance(l, LogMixin))
