import Foundation
import Yams

/// Turns the bytes of one file into a `YAMLNode`, or into diagnostics; never crashes.
package enum YAMLReader {
    static let maximumBytes = 4 * 1024 * 1024
    static let maximumDepth = 64
    static let maximumNodes = 200_000

    package static func read(_ data: Data, file: String, into bag: inout DiagnosticBag) -> YAMLNode? {
        let start = SourceLocation.start(of: file)
        guard data.count <= maximumBytes else {
            bag.error(
                "file-too-large",
                "file is \(data.count / 1024 / 1024) MiB, over the \(maximumBytes / 1024 / 1024) MiB limit; split it into smaller files",
                at: start)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            bag.report(EncodingDiagnosis.diagnose(data, file: file))
            return nil
        }
        if text.contains("\u{0}") {
            bag.report(EncodingDiagnosis.diagnoseNUL(data, file: file))
            return nil
        }
        let source = SourceText(text, file: file)
        guard LineSeparatorCheck.check(source, into: &bag) else { return nil }
        // Before the tree is built: Yams expands an alias into a copy of its anchor, so one used as
        // a mapping key is hashed in full, and 400 bytes of nested aliases hash a billion values.
        let properties = AnchorScanner.scan(source)
        guard properties.isEmpty else {
            reportAnchors(properties, into: &bag)
            return nil
        }
        let root: Node?
        do {
            // Tags are not used (every scalar is read as text), and resolving each key's tag with
            // the default resolver's regular expressions for the duplicate-key check was a third of `check`.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            bag.report(YAMLSyntaxDiagnostics.diagnostic(for: error, in: source, text: text))
            return nil
        } catch {
            bag.error("yaml-syntax", "cannot read YAML: \(error)", at: start)
            return nil
        }
        guard let root, !(root.scalar.map { $0.string.isEmpty } ?? false) else {
            bag.error("empty-file", "file is empty; start it with 'version: 1'", at: start)
            return nil
        }
        var converter = Converter(source: source)
        let node = converter.convert(root, depth: 0)
        bag.append(contentsOf: converter.bag)
        return converter.bag.hasErrors ? nil : node
    }

    /// How many anchors and aliases are listed one by one; an alias bomb has thousands.
    static let maximumListedAnchors = 50

    private static func reportAnchors(_ properties: [AnchorScanner.Property], into bag: inout DiagnosticBag) {
        for property in properties.prefix(maximumListedAnchors) {
            switch property.kind {
            case .anchor:
                bag.error(
                    "yaml-alias",
                    "anchor '&\(property.name)' is not supported; remove it and write the value out wherever it is used",
                    at: property.location)
            case .alias:
                bag.error(
                    "yaml-alias",
                    "alias '*\(property.name)' is not supported; write out the value of '&\(property.name)' here",
                    at: property.location)
            }
        }
        if properties.count > maximumListedAnchors, let last = properties.last {
            bag.error(
                "yaml-alias",
                "and \(properties.count - maximumListedAnchors) more anchors and aliases; write every value out in full",
                at: last.location)
        }
    }

    /// Copies the Yams tree into `YAMLNode`s, refusing runaway depth (Yams refuses duplicate keys).
    private struct Converter {
        let source: SourceText
        var file: String { source.file }
        var bag = DiagnosticBag()
        var count = 0
        /// Yams resolves an alias into a copy of its anchored node, mark included: a mark seen
        /// twice is an alias. `AnchorScanner` finds aliases first; this is the safety net should
        /// its reading of the text ever miss one.
        var seen = Set<SourceLocation>()

        init(source: SourceText) { self.source = source }

        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return .start(of: file) }
            return source.clampedLocation(line: mark.line, column: mark.column)
        }

        mutating func convert(_ node: Node, depth: Int) -> YAMLNode {
            count += 1
            let here = location(node.mark)
            guard depth <= YAMLReader.maximumDepth, count <= YAMLReader.maximumNodes else {
                if !bag.hasErrors {
                    bag.error(
                        "nesting-too-deep",
                        depth > YAMLReader.maximumDepth
                            ? "nesting is deeper than \(YAMLReader.maximumDepth) levels; flatten the structure"
                            : "file has more than \(YAMLReader.maximumNodes) values; split it into smaller files",
                        at: here)
                }
                return .null(at: here)
            }
            if node.mark != nil, !seen.insert(here).inserted {
                bag.error(
                    "yaml-alias", "anchors and aliases are not supported; write the value out in full", at: here)
                return .null(at: here)
            }
            switch node {
            case .scalar(let scalar):
                return YAMLNode(
                    kind: .scalar(scalar.string, style: style(scalar.style)), location: here, source: source)
            case .alias:
                bag.error("yaml-alias", "aliases are not supported; write the value out in full", at: here)
                return .null(at: here)
            case .sequence(let sequence):
                let items = sequence.map { convert($0, depth: depth + 1) }
                return YAMLNode(kind: .sequence(items), location: here)
            case .mapping(let mapping):
                return YAMLNode(kind: .mapping(pairs(of: mapping, depth: depth)), location: here)
            }
        }

        private func style(_ style: Node.Scalar.Style) -> YAMLNode.Style {
            switch style {
            case .singleQuoted: .singleQuoted
            case .doubleQuoted: .doubleQuoted
            case .literal: .literal
            case .folded: .folded
            default: .plain
            }
        }

        private mutating func pairs(of mapping: Node.Mapping, depth: Int) -> [YAMLNode.Pair] {
            var result: [YAMLNode.Pair] = []
            for (key, value) in mapping {
                let keyLocation = location(key.mark)
                guard let keyText = key.scalar?.string else {
                    bag.error("type-mismatch", "a key must be a plain name, not a list or mapping", at: keyLocation)
                    continue
                }
                if keyText == "<<" {
                    bag.error("yaml-alias", "merge keys ('<<') are not supported; write the keys out", at: keyLocation)
                    continue
                }
                result.append(.init(key: keyText, keyLocation: keyLocation, value: convert(value, depth: depth + 1)))
            }
            return result
        }
    }
}
