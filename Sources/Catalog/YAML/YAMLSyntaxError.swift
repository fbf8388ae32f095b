internal import CLibYAML

/// Why a file could not be composed: libyaml's own error, or one the composer raises where
/// libyaml has none to give (a duplicate key, a second document, an alias without anchor).
/// Marks are 1-based, libyaml's 0-based line and column plus one.
enum YAMLSyntaxError: Error, Equatable {
    struct Mark: Equatable {
        var line: Int
        var column: Int

        init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        init(_ mark: yaml_mark_t) {
            self.init(line: mark.line + 1, column: mark.column + 1)
        }
    }

    /// What libyaml was reading when it met the problem ("while scanning a quoted scalar").
    struct Context: Equatable {
        var text: String
        var mark: Mark
    }

    /// A scanner, parser or composer error at `mark`.
    case syntax(problem: String, context: Context?, mark: Mark)
    /// Bytes libyaml cannot read, at a byte offset in its input.
    case reader(problem: String, byteOffset: Int)
    /// Keys written twice in one mapping, sorted, with the first occurrence of the first of them.
    case duplicateKeys([String], firstAt: Mark)
    case memory

    /// The error libyaml's parser stopped with.
    init(parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            self = .memory
        case YAML_READER_ERROR:
            self = .reader(problem: problem, byteOffset: parser.problem_offset)
        default:
            let context = parser.context.map { Context(text: String(cString: $0), mark: Mark(parser.context_mark)) }
            self = .syntax(problem: problem, context: context, mark: Mark(parser.problem_mark))
        }
    }
}
