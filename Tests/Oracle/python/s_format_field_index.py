for t in ["{-1}", "{+0}", "{0}", "{00}", "{0[-1]}", "{0[1]}", "{99999999999999999999}", "{0[99999999999999999999]}", "{x}"]:
    try:
        print(t, repr(t.format([5, 6], x=3)))
    except Exception as e:
        print(t, type(e).__name__, e)
