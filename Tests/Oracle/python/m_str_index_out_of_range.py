s = "abc"
s[5]
