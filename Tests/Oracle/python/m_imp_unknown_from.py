from some_missing_pkg import thing
