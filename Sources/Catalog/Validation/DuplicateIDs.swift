extension DiagnosticBag {
    /// Reports each id used again after its first use, at the repeat, naming the first.
    mutating func reportDuplicateIDs(
        _ items: [(id: String, location: SourceLocation)], code: String,
        message: (_ id: String, _ earlier: SourceLocation) -> String
    ) {
        var first: [String: SourceLocation] = [:]
        for item in items {
            if let earlier = first[item.id] {
                error(code, message(item.id, earlier), at: item.location)
            } else {
                first[item.id] = item.location
            }
        }
    }
}
