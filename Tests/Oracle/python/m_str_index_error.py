"hello".index("z")
