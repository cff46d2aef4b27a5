class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e
try:
    parse("abc")
except ParseError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
try:
    raise ParseError("x") from None
except ParseError as e:
    print(e.__cause__, e.__suppress_context__)
parse("1.5")
