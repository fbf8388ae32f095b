import Catalog
import Foundation

/// One question of a routing query set (`eval/routing/*.yaml`): what a student said and where
/// it belongs, written by someone who never saw the catalog's keywords.
public struct RouteQuestion: Sendable, Hashable {
    /// The answer the question expects.
    public enum Expected: Sendable, Hashable {
        /// A service of the hall (its id), with others that are equally right.
        case service(String, also: [String])
        /// Not handled in the hall: a referral, to the office named when the set names one.
        case outside(office: String?)
    }

    public var text: String
    public var expected: Expected
    /// colloquial, typo, short, long, pinyin, english, outside, fact, distractor, plain.
    public var style: String
    /// Where the question is in its file, for reports.
    public var location: SourceLocation

    public init(text: String, expected: Expected, style: String, location: SourceLocation) {
        self.text = text
        self.expected = expected
        self.style = style
        self.location = location
    }

    /// The questions of one query set file; an entry without `text` or `expect`, or naming a
    /// service the catalog does not have, is a located diagnostic.
    public static func load(_ url: URL, catalog: Catalog) -> (questions: [RouteQuestion], diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        guard let data = try? Data(contentsOf: url) else {
            bag.error("file-unreadable", "无法读取问题集 \(url.path)；请检查路径和读取权限", at: .start(of: url.path))
            return ([], bag.diagnostics)
        }
        guard let root = YAMLReader.read(data, file: url.path, into: &bag) else { return ([], bag.diagnostics) }
        var questions: [RouteQuestion] = []
        for entry in root.items ?? [] {
            guard let text = entry.string("text"), let expect = entry.string("expect") else {
                bag.error("missing-key", "每个问题须有 text 和 expect；请补上", at: entry.location)
                continue
            }
            let also = entry.strings("also")
            for id in [expect] + also where id != "outside" && catalog.service(id) == nil {
                bag.error("unknown-reference", "问题集引用了目录中没有的事项“\(id)”；请改为目录中已有的事项 id", at: entry.location)
            }
            let expected: Expected =
                expect == "outside" ? .outside(office: entry.string("office")) : .service(expect, also: also)
            questions.append(
                RouteQuestion(
                    text: text, expected: expected, style: entry.string("style") ?? "plain", location: entry.location))
        }
        return (questions, bag.diagnostics)
    }
}
