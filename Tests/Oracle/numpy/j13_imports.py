from numpy.linalg import norm, inv
import numpy.linalg as la
from numpy import array, zeros
import numpy
print(norm(array([3., 4.])), la.det(numpy.eye(2)), zeros(2))
print(inv(numpy.array([[2., 0.], [0., 4.]])))
from numpy import *
print(pi, exp(0.0), sqrt(array([4., 9.])))
