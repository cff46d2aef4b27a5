import sys
print("to stderr", file=sys.stderr)
sys.stdout.write("line via write\n")
n = sys.stdout.write("abc")
print()
print(n, sys.maxsize, sys.version_info[0], sys.version_info.major, len(sys.argv))
print(sys.getrecursionlimit())
