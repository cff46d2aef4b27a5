import json
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
json.dumps(len)
