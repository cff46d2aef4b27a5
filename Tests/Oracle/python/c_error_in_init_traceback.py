class Layer:
    def __init__(self, n_in, n_out):
        if n_in <= 0:
            raise ValueError(f"n_in must be positive, got {n_in}")
        self.shape = (n_in, n_out)
class Model:
    def __init__(self):
        self.layers = [Layer(2, 3), Layer(0, 1)]
m = Model()
