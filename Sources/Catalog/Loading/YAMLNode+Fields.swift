/// Lenient field access for building the model after `ShapeChecker` has reported any mismatch:
/// a value of the wrong type reads as absent instead of stopping the build.
extension YAMLNode {
    package func string(_ key: String) -> String? { self[key]?.scalar }

    package func strings(_ key: String) -> [String] { self[key]?.items?.compactMap(\.scalar) ?? [] }

    package func int(_ key: String) -> Int? { self[key]?.int }

    package func number(_ key: String) -> Double? { self[key]?.number }

    package func bool(_ key: String) -> Bool? { self[key]?.bool }

    package func list(_ key: String) -> [YAMLNode] { self[key]?.items ?? [] }

    package func reference(_ key: String) -> Reference? {
        guard let node = self[key], let id = node.scalar else { return nil }
        return Reference(id, at: node.location)
    }

    package func references(_ key: String) -> [Reference] {
        self[key]?.items?.compactMap { item in item.scalar.map { Reference($0, at: item.location) } } ?? []
    }

    /// The keys this mapping's `assumed:` marks, with their reasons.
    package var assumedKeys: AssumedKeys {
        AssumedKeys(
            Dictionary((self["assumed"]?.pairs ?? []).map { ($0.key, $0.value.scalar ?? "") }) { first, _ in first })
    }

    package func timeLimit(_ key: String) -> TimeLimit? {
        guard let node = self[key] else { return nil }
        if let days = node.int("working_days") { return .workingDays(days) }
        if let hours = node.int("hours") { return .hours(hours) }
        if node.bool("on_the_spot") == true { return .onTheSpot }
        return nil
    }

    /// Parses the condition under `key`; a syntax error is reported at its own column, found
    /// through the scalar's source positions so quotes, escapes and folded lines do not shift it.
    package func condition(_ key: String, into bag: inout DiagnosticBag) -> Condition? {
        guard let node = self[key], let text = node.scalar else { return nil }
        var start = node.location
        if !node.isPlain { start = start.advanced(by: 1) }
        do {
            let expression = try ConditionParser.parse(text)
            return Condition(source: text, expression: expression, location: start, positions: node.sourcePositions())
        } catch {
            // Only the characters up to the error are placed: a refused condition may be very long.
            let positions = node.sourcePositions(limit: error.offset + 1)
            let at = Condition.location(at: error.offset, start: start, positions: positions)
            switch error.kind {
            case .syntax:
                bag.error(
                    "condition-syntax", "无法解析条件\(QuotedText.quoted(text, limit: 80))：\(error.message)",
                    at: at)
            case .tooLong: bag.error("condition-too-long", error.message, at: at)
            }
            return nil
        }
    }
}
