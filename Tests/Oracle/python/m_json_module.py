import json
data = {"name": "model", "layers": [3, 4, 1], "lr": 0.01, "ok": True, "none": None, "t": (1, 2)}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([]), json.dumps({}), json.dumps("caf\u00e9"))
back = json.loads(s)
print(back, back["layers"][1], type(back["lr"]).__name__)
print(json.loads('[1, 2.5e3, "x\\n", {"a": null}, true, false]'))
print(json.dumps({1: "one", 2.5: "x", None: 0}), json.dumps(float("nan")))
