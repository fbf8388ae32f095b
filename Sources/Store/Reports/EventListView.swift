import Assessment

/// `events list`: the events as stored (masked by the caller), each with its item's Chinese name
/// from the schemes, so window staff read 服务态度生硬 rather than `attitude`.
public struct EventListView: Encodable, Sendable {
    /// One event with `item_name` beside its fields.
    public struct Entry: Encodable, Sendable {
        public var event: AssessmentEvent
        public var itemName: String

        enum Keys: String, CodingKey { case itemName }

        public func encode(to encoder: any Encoder) throws {
            try event.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(itemName, forKey: .itemName)
        }
    }

    public var events: [Entry]

    public init(_ events: [AssessmentEvent], schemes: [Scheme]) {
        let names = Self.itemNames(schemes)
        self.events = events.map { Entry(event: $0, itemName: names[$0.item] ?? $0.item) }
    }

    /// One line per event, for terminals.
    public var text: String {
        guard !events.isEmpty else { return "没有事件\n" }
        return events.map { entry in
            let event = entry.event
            return "#\(event.id ?? 0)  \(event.date)  \(event.window)号窗口  \(event.staff)"
                + (event.post.map { "（\($0.rawValue)岗）" } ?? "") + "  \(entry.itemName) ×\(event.count)"
                + (event.serious ? "  情节严重" : "") + (event.note.map { "  \($0)" } ?? "")
        }.joined(separator: "\n") + "\n"
    }

    /// Each event item's name; an id two schemes name differently shows both names.
    static func itemNames(_ schemes: [Scheme]) -> [String: String] {
        var names: [String: [String]] = [:]
        func add(_ id: String, _ name: String) {
            if !(names[id] ?? []).contains(name) { names[id, default: []].append(name) }
        }
        for scheme in schemes {
            for item in scheme.items { add(item.id, item.name) }
            for level in scheme.bonusLevels { add(level.id, level.name) }
            for item in scheme.demeritItems { add(item.id, item.name) }
        }
        return names.mapValues { $0.joined(separator: "／") }
    }
}
