for s in ["abc", "ABC", "Abc", "123", "12.5", "a1", " ", "", "Hello World", "_x1"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
