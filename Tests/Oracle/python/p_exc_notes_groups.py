class TrainingError(Exception):
    """Raised when training diverges."""
    def __init__(self, msg, step):
        super().__init__(msg)
        self.step = step
    def __str__(self):
        return f"[step {self.step}] {self.args[0]}"

try:
    raise TrainingError("loss is nan", 17)
except TrainingError as e:
    print(e, repr(e), e.step, e.__class__.__mro__)

def check(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        raise ValueError("x must be nonzero") from e

try:
    check(0)
except ValueError as e:
    print(e, "| cause:", repr(e.__cause__), "| ctx:", type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise RuntimeError("b") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = ValueError("x")
e.add_note("extra info")
print(e.__notes__)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(OSError("No such file")))
print(issubclass(FileNotFoundError, OSError), issubclass(KeyError, LookupError), ArithmeticError.__subclasses__()[:2])
raise TrainingError("diverged", 3)
