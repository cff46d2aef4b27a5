/// Placeholder so the module builds; replaced by the lexer and parser.
enum ScriptModule {}
