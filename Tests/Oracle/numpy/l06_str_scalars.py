import numpy as np
labels = np.array(['cat', 'dog', 'cat', 'bird'])
first = labels[0]
print(first, repr(first), type(first))
print([first, labels[1]])
print(list(labels))
print(labels.tolist(), labels.item(2), repr(labels.item(2)))
print(first == 'cat', first.upper(), f"<{first}>", first + '!')
counts = {}
for lab in labels:
    counts[lab] = counts.get(lab, 0) + 1
print(counts)
print(labels == labels[0])
print(np.array([labels[1], labels[3]]))
print(isinstance(first, str), isinstance(first, np.str_))
u = np.unique(labels)
print(repr(u[0]), np.where(labels == 'cat', 'yes', 'no')[0].__repr__())
print(sorted(labels))
print(max(labels), 'cat' in labels)
