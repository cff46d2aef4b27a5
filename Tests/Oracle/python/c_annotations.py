from_list: list = [1, 2]
count: int = 0
name: str
def scale(x: float, factor: float = 2.0) -> float:
    return x * factor
class Cfg:
    lr: float = 0.1
    epochs: int = 3
    def run(self, steps: int) -> str:
        return f"{steps} steps at lr {self.lr}"
print(scale(3), from_list, count)
print(Cfg().run(5), Cfg.epochs)
