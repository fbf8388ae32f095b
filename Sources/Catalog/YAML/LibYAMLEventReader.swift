internal import CLibYAML

/// libyaml's parser over UTF-8 bytes that outlive it. Each event is deleted before the next is
/// read and the last one with the parser, so none leaks. The parser is allocated rather than
/// kept in a local: libyaml stores a pointer to itself in it (`read_handler_data`), so its
/// address must not move.
struct LibYAMLEventReader: ~Copyable {
    /// Yams' libyaml refused nesting deeper than this; the system's has no limit of its own.
    static let maximumNestingLevel = 1000

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let storage: UnsafeMutablePointer<yaml_event_t>

    /// The event `next()` read last; valid until the next call.
    var event: yaml_event_t { storage.pointee }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        storage = .allocate(capacity: 1)
        storage.initialize(to: yaml_event_t())
        parser.initialize(to: yaml_parser_t())
        _ = yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        yaml_event_delete(storage)
        yaml_parser_delete(parser)
        storage.deallocate()
        parser.deallocate()
    }

    /// Reads the next event, whose type is returned.
    mutating func next() throws(YAMLSyntaxError) -> yaml_event_type_t {
        yaml_event_delete(storage)
        guard yaml_parser_parse(parser, storage) == 1 else { throw YAMLSyntaxError(parser: parser.pointee) }
        let type = storage.pointee.type
        if type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT {
            try checkNestingLevel()
        }
        return type
    }

    /// The check Yams' libyaml made as it started a collection, on the same scanner state (the
    /// parser reads nothing more between that check and returning the event): without it, a
    /// file nested 1000 deep would get another diagnostic than before. An indentless sequence
    /// (`key:` then `- item` at the key's indent) was never checked; the parser's next state
    /// tells which collection was started.
    private func checkNestingLevel() throws(YAMLSyntaxError) {
        let state = parser.pointee
        let isFlow: Bool
        switch state.state {
        case YAML_PARSE_FLOW_SEQUENCE_FIRST_ENTRY_STATE, YAML_PARSE_FLOW_MAPPING_FIRST_KEY_STATE: isFlow = true
        case YAML_PARSE_BLOCK_SEQUENCE_FIRST_ENTRY_STATE, YAML_PARSE_BLOCK_MAPPING_FIRST_KEY_STATE: isFlow = false
        default: return
        }
        let levels = state.indents.start.distance(to: state.indents.top)
        guard levels >= Self.maximumNestingLevel - Int(state.flow_level) else { return }
        let event = storage.pointee
        var token = YAMLSyntaxError.Mark(event.end_mark)
        if isFlow { token.column -= 1 }  // the token is the one `[` or `{` before the event's end
        throw .syntax(
            problem: "Maximum nesting level reached, set with yaml_set_max_nest_level())",
            context: .init(text: "while parsing", mark: .init(event.start_mark)), mark: token)
    }
}
