class E(Exception): pass
def run(fail):
    try:
        if fail:
            raise E("boom")
    except E as e:
        print("except", e)
        return "from except"
    else:
        print("else")
        return "from else"
    finally:
        print("finally")
print(run(True))
print(run(False))
