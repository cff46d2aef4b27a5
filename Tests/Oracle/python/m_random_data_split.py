import random
random.seed(1234)
data = [(x, 2 * x + 1) for x in range(20)]
random.shuffle(data)
n_train = int(0.8 * len(data))
train, test = data[:n_train], data[n_train:]
print(len(train), len(test))
print(test)
