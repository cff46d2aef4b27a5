import string
print(string.ascii_lowercase)
print(string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(len(string.printable), repr(string.whitespace))
vocab = {c: i for i, c in enumerate(string.ascii_lowercase)}
print(vocab["a"], vocab["z"], len(vocab))
print(string.capwords("hello   world foo"))
