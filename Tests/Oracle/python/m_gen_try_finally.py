def g():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
for x in g():
    print(x)
