# Angles between float32 embeddings and back: arccos of cosine similarities, arcsin, arctan.
import numpy as np

rng = np.random.default_rng(3)
E = rng.normal(size=(5, 4)).astype(np.float32)
E /= np.linalg.norm(E, axis=1, keepdims=True)
cos_sim = np.clip(E @ E.T, -1, 1)
print(np.degrees(np.arccos(cos_sim)).round(2))
print(np.arccos(cos_sim[0]))
s = np.linspace(-1, 1, 9, dtype=np.float32)
print(np.arcsin(s), np.arccos(s))
print(np.arctan(s * 10))
print(repr(np.arcsin(np.float32(0.3))), repr(np.arccos(np.float32(-0.75))))
