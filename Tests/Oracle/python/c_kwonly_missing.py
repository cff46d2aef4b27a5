def train(model, *, epochs, lr):
    return model, epochs, lr
print(train("m", epochs=1, lr=0.1))
train("m", epochs=3)
