import numpy as np
# Reversed slices are views: writing through them changes the original.
a = np.arange(6)
r = a[::-1]
r[0] = 100
print(a)
print(r.base is a)
print(np.shares_memory(a, r))
every_other = a[::-2]
every_other *= 10
print(a)
m = np.arange(12).reshape(3, 4)
flipped_cols = m[:, ::-1]
flipped_cols[0, 0] = -1
print(m)
print(flipped_cols.base is m)
print(np.flip(m, axis=0))
f = np.flip(m)
f[0, 0] = 99
print(m[2, 3])
print(np.shares_memory(m[:1], m[1:]))
print(np.may_share_memory(m[:1], m[1:]))
print(np.shares_memory(a, a.copy()))
print(a.copy().base)
print(m.T.base is m, m.reshape(4, 3).base is m)
x = np.linspace(0, 1, 5)
rev = x[::-1]
print(rev, rev.sum(), rev.mean())
print(rev * 2, np.exp(rev))
print(rev.tolist())
flat = np.reshape(m, -1)
print(flat.base is m.base, np.transpose(m).base is m.base)
flat[0] = 42
print(m[0])
print(np.ravel(m).base is m.base)
