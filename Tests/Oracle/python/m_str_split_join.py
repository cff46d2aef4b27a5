line = "epoch=3, loss=0.25, acc=0.91"
parts = [p.split("=") for p in line.split(", ")]
print(parts)
print(dict(parts))
print("a  b\tc\nd".split(), "a,b,c".split(",", maxsplit=1), "a,b,c".rsplit(",", 1), ",a,".split(","))
print("one\ntwo\n".splitlines(), "x\r\ny".splitlines(keepends=True))
print(" | ".join(["x", "y", "z"]), "".join(reversed("stressed")))
