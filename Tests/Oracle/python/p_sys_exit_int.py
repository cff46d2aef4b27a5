import sys
def finish(status):
    print("finishing with", status)
    try:
        sys.exit(status)
    finally:
        print("cleanup")
finish(7)
