class Norm:
    @staticmethod
    def clip(x, lo, hi):
        return max(lo, min(hi, x))
    def apply(self, xs):
        return [self.clip(x, 0, 1) for x in xs]
print(Norm().apply([-0.5, 0.3, 1.7]))
