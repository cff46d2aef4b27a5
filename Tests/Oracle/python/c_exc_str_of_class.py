class MyErr(Exception): pass
print(MyErr, ValueError, Exception)
print(issubclass(MyErr, Exception), issubclass(ValueError, Exception), issubclass(KeyError, LookupError))
print(MyErr.__mro__)
print(isinstance(MyErr("x"), BaseException))
