print(object() < object())
