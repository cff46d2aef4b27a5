from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od.keys()), list(od.values()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict([("x", 1), ("y", 2)]))
