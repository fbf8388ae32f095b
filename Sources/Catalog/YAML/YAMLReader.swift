import Foundation
import Yams

/// Turns the bytes of one file into a `YAMLNode`, or into diagnostics; never crashes.
enum YAMLReader {
    static let maximumBytes = 4 * 1024 * 1024
    static let maximumDepth = 64
    static let maximumNodes = 200_000

    static func read(_ data: Data, file: String, into bag: inout DiagnosticBag) -> YAMLNode? {
        let start = SourceLocation.start(of: file)
        guard data.count <= maximumBytes else {
            bag.error(
                "file-too-large",
                "file is \(data.count / 1024 / 1024) MiB, over the \(maximumBytes / 1024 / 1024) MiB limit; split it into smaller files",
                at: start)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            bag.error("invalid-encoding", "file is not valid UTF-8 text; save it as UTF-8", at: start)
            return nil
        }
        if text.contains("\u{0}") {
            bag.error("invalid-encoding", "file contains NUL bytes; it is not a text file", at: start)
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            bag.report(syntaxDiagnostic(error, file: file))
            return nil
        } catch {
            bag.error("yaml-syntax", "cannot read YAML: \(error)", at: start)
            return nil
        }
        guard let root, !(root.scalar.map { $0.string.isEmpty } ?? false) else {
            bag.error("empty-file", "file is empty; start it with 'version: 1'", at: start)
            return nil
        }
        var converter = Converter(file: file)
        let node = converter.convert(root, depth: 0)
        bag.append(contentsOf: converter.bag)
        return converter.bag.hasErrors ? nil : node
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        func located(_ problem: String, _ mark: Mark) -> Diagnostic {
            Diagnostic(
                .error, "yaml-syntax", "invalid YAML: \(problem); check indentation, quotes and colons",
                at: SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1)))
        }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            if problem.contains("nesting level") {
                return Diagnostic(
                    .error, "nesting-too-deep", "nesting is too deep; flatten the structure",
                    at: SourceLocation(file: file, line: max(mark.line, 1), column: max(mark.column, 1)))
            }
            return located(problem, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                .error, "duplicate-key",
                "key '\(duplicates.joined(separator: "', '"))' appears more than once in this mapping; keep one",
                at: SourceLocation(file: file, line: max(context.mark.line, 1), column: max(context.mark.column, 1)))
        case .reader(let problem, _, _, _):
            return Diagnostic(
                .error, "invalid-encoding", "cannot read the file: \(problem); save it as UTF-8 text",
                at: .start(of: file))
        default:
            return Diagnostic(.error, "yaml-syntax", "invalid YAML: \(error)", at: .start(of: file))
        }
    }

    /// Copies the Yams tree into `YAMLNode`s, refusing aliases and runaway depth (Yams refuses duplicate keys).
    private struct Converter {
        let file: String
        var bag = DiagnosticBag()
        var count = 0
        /// Yams resolves an alias into a copy of its anchored node, mark included: a mark seen
        /// twice is an alias.
        var seen = Set<SourceLocation>()

        init(file: String) { self.file = file }

        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return .start(of: file) }
            return SourceLocation(file: file, line: mark.line, column: mark.column)
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
                return YAMLNode(kind: .scalar("", plain: true), location: here)
            }
            if node.mark != nil, !seen.insert(here).inserted {
                bag.error(
                    "yaml-alias", "anchors and aliases are not supported; write the value out in full", at: here)
                return YAMLNode(kind: .scalar("", plain: true), location: here)
            }
            switch node {
            case .scalar(let scalar):
                return YAMLNode(kind: .scalar(scalar.string, plain: scalar.style == .plain), location: here)
            case .alias:
                bag.error("yaml-alias", "aliases are not supported; write the value out in full", at: here)
                return YAMLNode(kind: .scalar("", plain: true), location: here)
            case .sequence(let sequence):
                let items = sequence.map { convert($0, depth: depth + 1) }
                return YAMLNode(kind: .sequence(items), location: here)
            case .mapping(let mapping):
                return YAMLNode(kind: .mapping(pairs(of: mapping, depth: depth)), location: here)
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
