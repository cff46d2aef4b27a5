def read(lines):
    for line in lines:
        yield line.strip()
def nonempty(lines):
    for line in lines:
        if line:
            yield line
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line}"
raw = ["  alpha ", "", "beta", "   ", "gamma"]
for line in numbered(nonempty(read(raw))):
    print(line)
