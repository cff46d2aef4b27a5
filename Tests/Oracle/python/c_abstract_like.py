class Layer:
    def forward(self, x):
        raise NotImplementedError("subclasses implement forward")
    def __call__(self, x):
        return self.forward(x)
class Double(Layer):
    def forward(self, x):
        return 2 * x
class Seq(Layer):
    def __init__(self, *layers):
        self.layers = layers
    def forward(self, x):
        for l in self.layers:
            x = l(x)
        return x
print(Seq(Double(), Double())(3))
Layer()(1)
