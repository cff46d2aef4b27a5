class Handler:
    def on_start(self): return "starting"
    def on_stop(self): return "stopping"
    def handle(self, event):
        method = getattr(self, "on_" + event, None)
        if method is None:
            return f"no handler for {event}"
        return method()
h = Handler()
for ev in ["start", "stop", "pause"]:
    print(h.handle(ev))
