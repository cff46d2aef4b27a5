class Net:
    def forward(self, x):
        return self.layer(x)
    def layer(self, x):
        return x / 0
n = Net()
n.forward(3)
