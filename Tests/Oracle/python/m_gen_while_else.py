def countdown(n):
    while n > 0:
        yield n
        n -= 1
    else:
        yield "liftoff"
print(list(countdown(3)))
