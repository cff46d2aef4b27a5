counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
bump(); bump()
print(counter, read())
def try_global():
    try:
        global flag
        flag = True
    finally:
        pass
try_global()
print(flag)
