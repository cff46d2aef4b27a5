class TrainingError(Exception):
    def __init__(self, msg, *, epoch=None, loss=None):
        super().__init__(msg)
        self.epoch = epoch
        self.loss = loss
try:
    raise TrainingError("loss diverged", epoch=3, loss=float("inf"))
except TrainingError as e:
    print(e, e.epoch, e.loss, e.args)
raise TrainingError("nan loss", epoch=7)
