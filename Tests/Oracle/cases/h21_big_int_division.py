# True division and float arithmetic with ints past 2**63-1: correctly rounded, or CPython's OverflowError.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

big = 2**64 + 13
show("10**400 / 10**399", lambda: 10**400 / 10**399)
show("10**400 / 3", lambda: 10**400 / 3)
show("1 / 10**400", lambda: 1 / 10**400)
show("-big / 3", lambda: -big / 3)
show("big / -2**63", lambda: big / -(2**63))
show("0 / -2**64", lambda: 0 / -(2**64))
show("big / 0", lambda: big / 0)
show("2**1030 / 2**10", lambda: 2**1030 / 2**10)
show("near 1", lambda: (10**30 + 1) / (10**30 - 1))
show("ratio", lambda: 12345678901234567890123 / 98765432109876543)
show("tie to even", lambda: (2**53 + 1) * 2**20 / 2**20)
show("above a tie", lambda: (2**54 + 3) / 2)
show("big * 1.5", lambda: big * 1.5)
show("10**400 * 1.5", lambda: 10**400 * 1.5)
show("0.5 ** big", lambda: 0.5 ** big)
show("2.0 ** big", lambda: 2.0 ** big)
show("big ** 0.5", lambda: big ** 0.5)
show("(10**400) ** 0.5", lambda: (10**400) ** 0.5)
show("10**400 > 1e308", lambda: 10**400 > 1e308)
# Ints that fit in 64 bits but not exactly in a float: rounded once, from the exact quotient.
show("63-bit / 17-bit", lambda: -7896813417219870935 / 97269)
show("63-bit / 63-bit", lambda: 8335018041099817842 / 5772003451247003517)
show("(2**62 - 1) / 3", lambda: (2**62 - 1) / 3)
