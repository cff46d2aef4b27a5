def schedule(n):
    lr = 1.0
    history = []
    def decay():
        nonlocal lr
        lr *= 0.5
    for i in range(n):
        history.append(lr)
        decay()
    return history, lr
print(schedule(4))
