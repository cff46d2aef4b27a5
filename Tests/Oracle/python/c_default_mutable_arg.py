def append_to(x, items=[]):
    items.append(x)
    return items
print(append_to(1), append_to(2))
def safe(x, items=None):
    if items is None:
        items = []
    items.append(x)
    return items
print(safe(1), safe(2))
