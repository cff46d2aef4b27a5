import json
import copy

cfg = {"lr": 0.001, "layers": [64, 32], "name": "mlp", "dropout": None, "ok": True, "nested": {"a": 1.5}}
s = json.dumps(cfg)
print(s)
print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.loads(s) == cfg, json.loads("[1, 2.5, \"x\", null, false]"))
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps("é"), json.dumps("é", ensure_ascii=False))
a = {"w": [1, 2], "b": [3]}
b = copy.copy(a); c = copy.deepcopy(a)
a["w"].append(99)
print(b, c)
class P:
    def __init__(self):
        self.items = [1]
p = P(); q = copy.deepcopy(p); q.items.append(2)
print(p.items, q.items)
json.loads("{bad json}")
