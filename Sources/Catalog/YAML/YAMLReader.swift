import Foundation

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
        if text.utf8.contains(0) {  // bytewise: Foundation's `contains` searched it as text
            bag.report(EncodingDiagnosis.diagnoseNUL(data, file: file))
            return nil
        }
        let source = SourceText(text, file: file)
        guard LineSeparatorCheck.check(source, into: &bag) else { return nil }
        // Before parsing, so an alias bomb never reaches the composer and every anchor and alias
        // is reported where it is written.
        let properties = AnchorScanner.scan(source)
        guard properties.isEmpty else {
            reportAnchors(properties, into: &bag)
            return nil
        }
        var bytes = text
        let result = bytes.withUTF8 { utf8 in
            Result { () throws(YAMLSyntaxError) in try LibYAMLComposer.compose(utf8, source: source) }
        }
        let composed: (root: YAMLNode?, diagnostics: DiagnosticBag)
        switch result {
        case .success(let success): composed = success
        case .failure(let error):
            bag.report(YAMLSyntaxDiagnostics.diagnostic(for: error, in: source, text: text))
            return nil
        }
        guard let root = composed.root, !root.isEmptyScalar else {
            bag.error("empty-file", "file is empty; start it with 'version: 1'", at: start)
            return nil
        }
        bag.append(contentsOf: composed.diagnostics)
        return composed.diagnostics.hasErrors ? nil : root
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
}
