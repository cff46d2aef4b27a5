import sys
print("start")
def main():
    if len(sys.argv) < 5:
        print("usage: prog ...", file=sys.stderr)
        sys.exit(2)
main()
print("never")
