hash([1, 2])
