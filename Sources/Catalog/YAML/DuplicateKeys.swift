/// What makes two mapping keys the same key, as Yams compared them: equal text (Swift's
/// `String` equality, so canonically equivalent spellings match) and equal resolved tag, or,
/// for a list or mapping used as a key, equal contents.
enum KeyIdentity: Hashable {
    /// `tag` is nil for a string (no tag, `!`, or quoted), else the tag libyaml resolved.
    case scalar(String, tag: String?)
    case sequence([KeyIdentity], tag: String?)
    /// Keys and values alternating, in order.
    case mapping([KeyIdentity], tag: String?)
    case alias(String)

    /// A tag as Yams resolved it without rules: none, `!` and the kind's own tag all mean the
    /// kind's default (`str`, `seq` or `map`), given as nil; `implicit` is libyaml's flag that the
    /// tag may be left out (a quoted scalar, a collection without tag).
    static func resolvedTag(_ tag: UnsafeMutablePointer<UInt8>?, implicit: Bool, default kind: String) -> String? {
        guard let tag, !implicit else { return nil }
        let name = String(cString: tag)
        return name == "!" || name == "tag:yaml.org,2002:" + kind ? nil : name
    }

    /// How Yams named a key in its duplicate-key error.
    var name: String {
        if case .scalar(let text, _) = self { return text }
        return "<uncovertable>"
    }
}

/// The duplicate-key check Yams made as each mapping closed.
enum DuplicateKeys {
    /// Below this many keys a pairwise comparison is cheaper than hashing them all.
    static let pairwiseLimit = 16

    /// The error for `keys` of one mapping, if one is repeated: every repeated key's name,
    /// sorted, and where the first of them first appears.
    static func error(in keys: [(identity: KeyIdentity, mark: YAMLSyntaxError.Mark)]) -> YAMLSyntaxError? {
        guard keys.count > 1 else { return nil }
        let firsts = firstOccurrencesOfRepeatedKeys(keys.map(\.identity))
        guard !firsts.isEmpty else { return nil }
        // Yams sorted by text; a list or mapping key has none and comes last.
        let sorted = firsts.sorted { left, right in
            switch (keys[left].identity, keys[right].identity) {
            case (.scalar(let left, _), .scalar(let right, _)): left < right
            case (.scalar, _): true
            case (_, .scalar): false
            default: left < right
            }
        }
        return .duplicateKeys(sorted.map { keys[$0].identity.name }, firstAt: keys[sorted[0]].mark)
    }

    /// The index of the first occurrence of each key that occurs again.
    private static func firstOccurrencesOfRepeatedKeys(_ keys: [KeyIdentity]) -> [Int] {
        var firsts: [Int] = []
        if keys.count <= pairwiseLimit {
            for index in keys.indices where !keys[..<index].contains(keys[index]) {
                if keys[(index + 1)...].contains(keys[index]) { firsts.append(index) }
            }
            return firsts
        }
        var first: [KeyIdentity: Int] = [:]
        for (index, key) in keys.enumerated() {
            if let earlier = first[key] {
                if !firsts.contains(earlier) { firsts.append(earlier) }
            } else {
                first[key] = index
            }
        }
        return firsts
    }
}
