class Callback:
    def on_epoch_end(self, trainer):
        pass
class Printer(Callback):
    def on_epoch_end(self, trainer):
        print(f"epoch {trainer.epoch}: loss={trainer.loss:.3f}")
class EarlyStop(Callback):
    def __init__(self, threshold):
        self.threshold = threshold
    def on_epoch_end(self, trainer):
        if trainer.loss < self.threshold:
            trainer.stop = True
class Trainer:
    def __init__(self, callbacks=()):
        self.callbacks = list(callbacks)
        self.loss = 1.0
        self.epoch = 0
        self.stop = False
    def fit(self, epochs):
        for self.epoch in range(epochs):
            self.loss *= 0.5
            for cb in self.callbacks:
                cb.on_epoch_end(self)
            if self.stop:
                print("stopping early")
                break
        return self
t = Trainer([Printer(), EarlyStop(0.1)]).fit(10)
print(t.epoch)
