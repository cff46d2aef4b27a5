class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason
try:
    raise HTTPError(404, "not found")
except HTTPError as e:
    print(e, e.code, e.reason, e.args)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, e.a, str(e))
