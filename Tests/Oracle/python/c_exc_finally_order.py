class Res:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)
def use():
    r = Res("db")
    try:
        raise RuntimeError("fail")
    finally:
        r.close()
try:
    use()
except RuntimeError as e:
    print("got", e)
