import inspect
import collections


class HyperParameters:
    """The base class of hyperparameters (d2l)."""
    def save_hyperparameters(self, ignore=[]):
        """Save function arguments into class attributes."""
        frame = inspect.currentframe().f_back
        _, _, _, local_vars = inspect.getargvalues(frame)
        self.hparams = {k: v for k, v in local_vars.items()
                        if k not in set(ignore + ['self']) and not k.startswith('_')}
        for k, v in self.hparams.items():
            setattr(self, k, v)


def add_to_class(Class):
    """Register functions as methods in created class (d2l)."""
    def wrapper(obj):
        setattr(Class, obj.__name__, obj)
    return wrapper


class Trainer(HyperParameters):
    def __init__(self, max_epochs, num_gpus=0, gradient_clip_val=0):
        self.save_hyperparameters()
        assert num_gpus == 0, 'No GPU support yet'


class B(HyperParameters):
    def __init__(self, a, b, c):
        self.save_hyperparameters(ignore=['c'])
        print('self.a =', self.a, 'self.b =', self.b)
        print('There is no self.c =', not hasattr(self, 'c'))


b = B(a=1, b=2, c=3)
t = Trainer(max_epochs=5)
print(t.hparams, t.max_epochs, t.gradient_clip_val)


@add_to_class(Trainer)
def fit(self, data):
    self.epoch = 0
    for self.epoch in range(self.max_epochs):
        pass
    return self.epoch


print(t.fit(None))


class ProgressBoard(HyperParameters):
    def __init__(self, xlabel=None, ylabel=None, xlim=None, ylim=None, xscale='linear', yscale='linear',
                 ls=['-', '--', '-.', ':'], colors=['C0', 'C1', 'C2', 'C3'], fig=None, axes=None, figsize=(3.5, 2.5),
                 display=True):
        self.save_hyperparameters()

    def draw(self, x, y, label, every_n=1):
        Point = collections.namedtuple('Point', ['x', 'y'])
        if not hasattr(self, 'raw_points'):
            self.raw_points = collections.OrderedDict()
            self.data = collections.OrderedDict()
        if label not in self.raw_points:
            self.raw_points[label] = []
            self.data[label] = []
        points = self.raw_points[label]
        line = self.data[label]
        points.append(Point(x, y))
        if len(points) != every_n:
            return
        mean = lambda x: sum(x) / len(x)
        line.append(Point(mean([p.x for p in points]), mean([p.y for p in points])))
        points.clear()


board = ProgressBoard('x')
for x in range(10):
    board.draw(x / 10, (x / 10) ** 2, 'sq', every_n=2)
print(board.xlabel, board.figsize, list(board.data), board.data['sq'][-1])
print(sorted(board.hparams))


def outer():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, inspect.isfunction(outer), inspect.isclass(B)


print(outer())
