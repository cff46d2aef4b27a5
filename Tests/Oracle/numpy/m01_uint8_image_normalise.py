import numpy as np
# A tiny grayscale "image" stored as uint8, as images come from files, then normalised to float.
img = np.array([[0, 17, 34, 51],
                [68, 85, 102, 119],
                [136, 153, 170, 187],
                [204, 221, 238, 255]], dtype=np.uint8)
print(img)
print(repr(img[0]))
print(img.dtype, img.shape, img.itemsize, img.nbytes)
print(img.min(), img.max(), repr(img.max()))
print(img.sum(), img.sum().dtype, repr(img.sum(axis=0)))
print(img.mean(), repr(img.mean(axis=1)))
x = img.astype(np.float32) / 255
print(x)
print(x.dtype, repr(x[1, 2]))
y = img / 255.0
print(y.dtype, y[3])
# Brightening without care wraps around: uint8 arithmetic stays uint8.
brighter = img + 100
print(brighter)
print(repr(img[3] * 2))
# The safe way: widen first, clip, and cast back.
safe = np.clip(img.astype(np.int16) + 100, 0, 255).astype(np.uint8)
print(safe)
print(repr(255 - img[0]))
inverted = 255 - img
print(inverted.dtype, inverted[0].tolist())
print((img > 128).sum(), np.mean(img > 128))
mask = img > 200
print(img[mask], repr(img[mask]))
print(img.tolist()[0], type(img.tolist()[0][0]).__name__)
