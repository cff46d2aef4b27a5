try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{name}".format(other=1)
except KeyError as e:
    print("KeyError:", e)
"{0} {}".format(1, 2)
