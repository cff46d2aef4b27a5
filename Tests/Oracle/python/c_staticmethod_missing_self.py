class Util:
    def helper(x):
        return x * 2
print(Util.helper(3))
Util().helper(3)
