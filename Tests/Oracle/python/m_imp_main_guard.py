def main():
    print("running main")
    return 0
if __name__ == "__main__":
    main()
print(__name__)
