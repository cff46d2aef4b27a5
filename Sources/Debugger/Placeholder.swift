/// Placeholder so the module builds; replaced by the session.
enum DebuggerModule {}
