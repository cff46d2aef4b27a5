"""numpy's `str_` scalar (what indexing one element of a str array gives). numpy writes it in C
as a subclass of Python's str; here it is that subclass in Python, so it is a str everywhere
(dict keys, f-strings, methods) and reprs as numpy 2 does: np.str_('cat')."""


class str_(str):
    __module__ = "numpy"

    def __repr__(self):
        return f"np.str_({str.__repr__(self)})"

