class AppError(Exception):
    pass
class ConfigError(AppError):
    pass
class DataError(AppError, ValueError):
    pass
for exc in [ConfigError("bad config"), DataError("bad data"), ValueError("plain")]:
    try:
        raise exc
    except AppError as e:
        print("AppError:", type(e).__name__, e)
    except ValueError as e:
        print("ValueError:", e)
try:
    raise DataError("x")
except ValueError as e:
    print("DataError is a ValueError:", isinstance(e, AppError))
print(DataError.__mro__)
