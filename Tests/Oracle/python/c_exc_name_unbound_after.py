try:
    raise ValueError("v")
except ValueError as err:
    print("in handler", err)
print(err)
