total = 10
def report():
    print(total)
    total = 5
report()
