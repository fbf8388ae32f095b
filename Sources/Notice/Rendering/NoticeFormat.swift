/// The formats a notice can be printed in.
public enum NoticeFormat: String, CaseIterable, Sendable {
    case text, json, markdown, html

    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .markdown: "md"
        case .html: "html"
        }
    }
}

extension Notice {
    public func rendered(as format: NoticeFormat) -> String {
        switch format {
        case .text: NoticeTextRenderer.render(self)
        case .json: json()
        case .markdown: NoticeMarkdownRenderer.render(self)
        case .html: NoticeHTMLRenderer.render(self)
        }
    }
}
