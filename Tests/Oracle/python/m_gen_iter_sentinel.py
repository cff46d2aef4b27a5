data = [3, 2, 1, 0, 5]
pos = 0
def read():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(read, 0)))
