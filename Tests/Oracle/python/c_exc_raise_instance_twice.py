class Err(Exception): pass
saved = None
try:
    raise Err("first")
except Err as e:
    saved = e
print(saved, type(saved).__name__)
try:
    raise saved
except Exception as e2:
    print(e2 is saved)
raise saved
