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
                "文件有 \(data.count / 1024 / 1024) MiB，超过了 \(maximumBytes / 1024 / 1024) MiB 的上限；请拆成几个较小的文件",
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
            bag.error("empty-file", "文件是空的；请以“version: 1”开头写入内容", at: start)
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
                    "不支持锚点“&\(property.name)”；请删去它，在每处用到的地方把值完整写出",
                    at: property.location)
            case .alias:
                bag.error(
                    "yaml-alias",
                    "不支持别名“*\(property.name)”；请在这里把“&\(property.name)”的值完整写出",
                    at: property.location)
            }
        }
        if properties.count > maximumListedAnchors, let last = properties.last {
            bag.error(
                "yaml-alias",
                "另有 \(properties.count - maximumListedAnchors) 处锚点和别名；请把每个值都完整写出",
                at: last.location)
        }
    }
}
