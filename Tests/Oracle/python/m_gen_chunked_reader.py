text = "the quick brown fox jumps over the lazy dog"
def words(s):
    word = ""
    for ch in s:
        if ch == " ":
            if word:
                yield word
            word = ""
        else:
            word += ch
    if word:
        yield word
def chunks(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
for c in chunks(words(text), 4):
    print(c)
