import re
import string
from collections import Counter

doc = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness...
It's 2 o'clock; 3.5 hours left!"""
tokens = re.findall(r"[a-z']+", doc.lower())
print(tokens[:10], len(tokens))
print(re.split(r"\s+", doc)[:6])
print(re.sub(r"\d+", "#", doc.splitlines()[-1]))
m = re.search(r"(\d+)\.(\d+)", doc)
print(m.group(0), m.group(1), m.groups(), m.span())
print(doc.translate(str.maketrans("", "", string.punctuation)).split()[-6:])
freq = Counter(tokens)
for word, count in freq.most_common(5):
    print(f"{word:>8s} {count:3d} {'*' * count}")
vocab = sorted(freq, key=lambda w: (-freq[w], w))
print(vocab[:8])
word2idx = {w: i for i, w in enumerate(vocab)}
print([word2idx[w] for w in tokens[:8]])
ngrams = list(zip(tokens, tokens[1:], tokens[2:]))
print(ngrams[:3], Counter(ngrams).most_common(1))
lines = doc.split("\n")
for i, line in enumerate(lines, 1):
    print(f"{i:02d}: {line[:20]!r:<25} len={len(line)}")
print(max(tokens, key=len), sorted(set(tokens), key=lambda w: (len(w), w))[:3])
caps = [w.capitalize() for w in "hello big world".split()]
print(" ".join(caps), "_".join(caps).lower())
print(string.ascii_lowercase[:5], string.digits)
pad = max(len(w) for w in vocab[:5])
for w in vocab[:5]:
    print(w.ljust(pad), "|", w.rjust(pad), "|")
print("%-10s|%10s|" % ("a", "b"), "{0}{1}{0}".format("x", "y"), "{name}:{val:.1f}".format(name="p", val=2))
table = [["name", "score"], ["ann", 9.5], ["bo", 10]]
for row in table:
    print("".join(f"{str(c):<8}" for c in row).rstrip())
print(repr("tab\there"), "quote's", 'dq"', repr('both\'"'))
print(doc.count("was"), doc.index("age"))
