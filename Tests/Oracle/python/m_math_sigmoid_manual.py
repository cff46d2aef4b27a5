import math
def sigmoid(x):
    return 1 / (1 + math.exp(-x))
def softmax(xs):
    m = max(xs)
    exps = [math.exp(x - m) for x in xs]
    s = sum(exps)
    return [e / s for e in exps]
print([round(sigmoid(x), 6) for x in (-2, 0, 2)])
print(softmax([1.0, 2.0, 3.0]))
print(-math.log(softmax([1.0, 2.0, 3.0])[2]))
