internal import CLibYAML

/// Builds `YAMLNode`s straight from libyaml's events, making the checks Yams made as it built
/// its tree (duplicate keys, one document, no undefined alias) and those its copy into
/// `YAMLNode`s made (depth, node count, key kinds, merge keys, aliases), in the same order, so
/// every file gets the diagnostics it got before. A syntax error thrown anywhere in the file
/// wins over the copy's diagnostics, which are reported only once the whole file has composed.
struct LibYAMLComposer {
    typealias Mark = YAMLSyntaxError.Mark

    let source: SourceText
    /// The copy's diagnostics; the caller reports them only when composing succeeded.
    private(set) var bag = DiagnosticBag()
    private var count = 0
    /// Where the last node kept is: Yams expanded an alias into its anchored node, mark
    /// included, so a place seen twice was an alias. Kept nodes' places only grow in event
    /// order, so the last one is all that needs remembering.
    private var previous: (line: Int, column: Int)?
    private var anchors: [String: SourceLocation] = [:]
    private var stack: [CollectionFrame] = []
    private var root: YAMLNode?

    init(source: SourceText) { self.source = source }

    /// The root of the single document in `bytes`, `nil` for a file of nothing but comments.
    static func compose(
        _ bytes: UnsafeBufferPointer<UInt8>, source: SourceText
    ) throws(YAMLSyntaxError) -> (root: YAMLNode?, diagnostics: DiagnosticBag) {
        var reader = LibYAMLEventReader(bytes)
        _ = try reader.next()  // the stream's start
        guard try reader.next() != YAML_STREAM_END_EVENT else { return (nil, DiagnosticBag()) }
        var composer = LibYAMLComposer(source: source)
        let root = try composer.composeRoot(from: &reader)
        _ = try reader.next()  // the document's end
        guard try reader.next() == YAML_STREAM_END_EVENT else {
            throw .syntax(
                problem: "but found another document",
                context: .init(text: "expected a single document in the stream", mark: .init(line: 1, column: 1)),
                mark: Mark(reader.event.start_mark))
        }
        return (root, composer.bag)
    }

    private mutating func composeRoot(from reader: inout LibYAMLEventReader) throws(YAMLSyntaxError) -> YAMLNode {
        while true {
            let type = try reader.next()
            let event = reader.event
            switch type {
            case YAML_SCALAR_EVENT: scalar(event)
            case YAML_SEQUENCE_START_EVENT:
                start(isMapping: false, event, anchor: event.data.sequence_start.anchor, tag: collectionTag(event))
            case YAML_MAPPING_START_EVENT:
                start(isMapping: true, event, anchor: event.data.mapping_start.anchor, tag: collectionTag(event))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: try end()
            case YAML_ALIAS_EVENT: try alias(event)
            default: break
            }
            if let root { return root }
        }
    }

    // MARK: Events

    private mutating func scalar(_ event: yaml_event_t) {
        let mark = Mark(event.start_mark)
        let here = location(mark)
        let data = event.data.scalar
        let placement = nextPlacement()
        if let anchor = data.anchor { anchors[String(cString: anchor)] = here }
        switch placement.role {
        case .key:
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let tag = KeyIdentity.resolvedTag(data.tag, implicit: data.quoted_implicit != 0, default: "str")
            receive(nil, identity: .scalar(text, tag: tag), mark: mark, at: here)
        case .kept:
            guard admits(at: here, depth: placement.depth) else { return receive(.null(at: here), mark, here) }
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            receive(YAMLNode(kind: .scalar(text, style: style(data.style)), location: here, source: source), mark, here)
        case .checked:
            receive(nil, mark, here)
        }
    }

    private mutating func start(
        isMapping: Bool, _ event: yaml_event_t, anchor: UnsafeMutablePointer<UInt8>?, tag: String?
    ) {
        let mark = Mark(event.start_mark)
        let here = location(mark)
        let placement = nextPlacement()
        var frame = CollectionFrame(
            isMapping: isMapping, role: placement.role, mark: mark, location: here, depth: placement.depth,
            anchor: anchor.map { String(cString: $0) }, tag: tag)
        if placement.role == .kept, !admits(at: here, depth: placement.depth) {
            frame.role = .checked
            frame.replacement = .null(at: here)
        }
        stack.append(frame)
    }

    private mutating func end() throws(YAMLSyntaxError) {
        guard let frame = stack.popLast() else { return }
        if frame.isMapping, let error = DuplicateKeys.error(in: frame.keys) { throw error }
        if let anchor = frame.anchor { anchors[anchor] = frame.location }
        switch frame.role {
        case .kept:
            let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
            receive(YAMLNode(kind: kind, location: frame.location), frame.mark, frame.location)
        case .checked:
            receive(frame.replacement, frame.mark, frame.location)
        case .key:
            let identity: KeyIdentity =
                frame.isMapping
                ? .mapping(frame.identities, tag: frame.tag) : .sequence(frame.identities, tag: frame.tag)
            receive(nil, identity: identity, mark: frame.mark, at: frame.location)
        }
    }

    /// Yams looked an alias up among the nodes already composed and copied that node in.
    private mutating func alias(_ event: yaml_event_t) throws(YAMLSyntaxError) {
        let mark = Mark(event.start_mark)
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        guard let anchored = anchors[name] else {
            throw .syntax(problem: "found undefined alias", context: nil, mark: mark)
        }
        let here = location(mark)
        let placement = nextPlacement()
        switch placement.role {
        case .key:
            receive(nil, identity: .alias(name), mark: mark, at: here)
        case .kept:
            if admits(at: anchored, depth: placement.depth) {
                bag.error(
                    "yaml-alias", "不支持锚点和别名；请把值完整写出", at: anchored)
            }
            receive(.null(at: anchored), mark, here)
        case .checked:
            receive(nil, mark, here)
        }
    }

    // MARK: The tree

    /// The role and depth of the node whose event comes next.
    private func nextPlacement() -> (role: CollectionFrame.Role, depth: Int) {
        guard let parent = stack.last else { return (.kept, 0) }
        if parent.isMapping, !parent.awaitingValue { return (.key, parent.depth + 1) }
        switch parent.role {
        case .kept: return (parent.isMapping && parent.key == nil ? .checked : .kept, parent.depth + 1)
        case .checked, .key: return (parent.role, parent.depth + 1)
        }
    }

    /// Counts a node about to be kept and checks the limits; the first limit passed is reported
    /// once, where it was passed, and the node is kept as null without its contents.
    private mutating func admits(at here: SourceLocation, depth: Int) -> Bool {
        count += 1
        guard depth <= YAMLReader.maximumDepth, count <= YAMLReader.maximumNodes else {
            if !bag.hasErrors {
                bag.error(
                    "nesting-too-deep",
                    depth > YAMLReader.maximumDepth
                        ? "嵌套超过 \(YAMLReader.maximumDepth) 层；请减少嵌套层数"
                        : "文件中的值超过 \(YAMLReader.maximumNodes) 个；请拆成几个较小的文件",
                    at: here)
            }
            return false
        }
        guard previous.map({ $0 != (here.line, here.column) }) ?? true else {
            bag.error("yaml-alias", "不支持锚点和别名；请把值完整写出", at: here)
            return false
        }
        previous = (here.line, here.column)
        return true
    }

    private mutating func receive(_ node: YAMLNode?, _ mark: Mark, _ location: SourceLocation) {
        receive(node, identity: nil, mark: mark, at: location)
    }

    /// Hands a finished node to the collection it is in, or makes it the root.
    private mutating func receive(_ node: YAMLNode?, identity: KeyIdentity?, mark: Mark, at location: SourceLocation) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        if stack[top].isMapping, !stack[top].awaitingValue, let identity {
            stack[top].keys.append((identity, mark))
            if stack[top].role == .kept { stack[top].key = acceptedKey(identity, at: location) }
        }
        stack[top].receive(node, identity: identity)
    }

    /// The name of a kept mapping's key, or `nil` (its value is then left out) after reporting
    /// why it cannot be one.
    private mutating func acceptedKey(_ identity: KeyIdentity, at location: SourceLocation) -> (String, SourceLocation)?
    {
        switch identity {
        case .scalar("<<", _):
            bag.error("yaml-alias", "不支持合并键（<<）；请把各个键完整写出", at: location)
        case .scalar(let text, _):
            return (text, location)
        case .alias:
            bag.error("yaml-alias", "不支持锚点和别名；请把值完整写出", at: location)
        case .sequence, .mapping:
            bag.error("type-mismatch", "键只能是普通的名称，不能是列表或映射；请改写这个键", at: location)
        }
        return nil
    }

    private func location(_ mark: Mark) -> SourceLocation {
        source.clampedLocation(line: mark.line, column: mark.column)
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// A list's or mapping's tag, which only a key's identity uses.
    private func collectionTag(_ event: yaml_event_t) -> String? {
        if event.type == YAML_SEQUENCE_START_EVENT {
            let start = event.data.sequence_start
            return KeyIdentity.resolvedTag(start.tag, implicit: start.implicit != 0, default: "seq")
        }
        let start = event.data.mapping_start
        return KeyIdentity.resolvedTag(start.tag, implicit: start.implicit != 0, default: "map")
    }
}
