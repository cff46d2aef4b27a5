print(chr(97), chr(8364), ord("A"), ord("€"))
print(bin(5), bin(-5), oct(64), hex(3054), hex(-1))
print([ord(c) - ord("a") for c in "hello"])
print("".join(chr(ord("a") + i) for i in range(5)))
