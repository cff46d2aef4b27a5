text = "the cat the dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
inv = {v: k for k, v in counts.items()}
print(inv)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
stoi = {ch: i for i, ch in enumerate(sorted(set("hello world")))}
itos = {i: ch for ch, i in stoi.items()}
print(stoi, "".join(itos[stoi[c]] for c in "hold"))
print(dict(a=1, b=2), dict([("x", 1)]), dict({"y": 2}, z=3), {**{"a": 1}, "b": 2} if False else {})
