text = """First Citizen:
Before we proceed any further, hear me speak.

All:
Speak, speak.
"""
print("length of dataset in characters:", len(text))
print(text[:30])
chars = sorted(list(set(text)))
vocab_size = len(chars)
print(''.join(chars))
print(repr(''.join(chars)))
print(vocab_size)
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for i, ch in enumerate(chars)}
encode = lambda s: [stoi[c] for c in s]
decode = lambda l: ''.join([itos[i] for i in l])
print(encode("hear me"))
print(decode(encode("hear me")))
print(stoi)
data = encode(text)
n = int(0.9 * len(data))
train_data = data[:n]
val_data = data[n:]
print(len(train_data), len(val_data))
block_size = 8
x = train_data[:block_size]
y = train_data[1:block_size + 1]
for t in range(block_size):
    context = x[:t + 1]
    target = y[t]
    print(f"when input is {context} the target: {target}")

words = ["emma", "olivia", "ava", "isabella", "sophia"]
chars = sorted(list(set(''.join(words))))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
print(itos)
b = {}
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        bigram = (ch1, ch2)
        b[bigram] = b.get(bigram, 0) + 1
print(sorted(b.items(), key=lambda kv: -kv[1])[:5])
print(len(b))
N = [[0] * len(stoi) for _ in range(len(stoi))]
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        N[stoi[ch1]][stoi[ch2]] += 1
print(N[0])
row = N[stoi['a']]
total = sum(row)
print([round(c / total, 3) for c in row])
print(" ".join(f"{itos[i]}{itos[j]}:{N[i][j]}" for i in range(len(N)) for j in range(len(N)) if N[i][j] > 1))
s = "Hello, World! 123"
print(s.lower(), s.upper(), s.title(), s.swapcase())
print(s.split(), s.split(","), s.replace("l", "L", 2), s.find("o"), s.rfind("o"), s.count("l"))
print(s.isalpha(), "abc".isalpha(), "123".isdigit(), "  x ".strip() + "|", s.startswith("Hell"))
print([w.strip(".,!") for w in s.split()])
print(s[::-1], s[-3:], s[2:8:2])
print("-".join(str(i) for i in range(5)), "a,b,,c".split(","), "line1\nline2".splitlines())
print(ord("a"), chr(98), [ord(c) - ord("a") for c in "hello"])
print("{:>3}|{:<3}|".format("ab", "c"), "x".center(5, "*"), "7".zfill(3), "ab" * 3)
print(sorted("hello world"), sorted(set("hello world")))
vocab = sorted(set(text.split()))
print(vocab)
print(text.split("\n"))
print(repr(text[:20]))
