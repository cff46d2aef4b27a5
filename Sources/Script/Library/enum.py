"""Python's enum needs metaclasses (iteration, len and lookup on the class itself), which
gradstep's interpreter does not have yet: importing it says so."""

raise NotImplementedError('the enum module (Enum classes need metaclasses) is not supported by gradstep yet')
