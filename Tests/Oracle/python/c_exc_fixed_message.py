class NotFitted(Exception):
    def __init__(self):
        super().__init__("call fit() before predict()")
class Model:
    def __init__(self):
        self.fitted = False
    def predict(self, x):
        if not self.fitted:
            raise NotFitted()
        return x
try:
    Model().predict(1)
except NotFitted as e:
    print("error:", e, e.args)
Model().predict(2)
