/// A value quoted in a message, cut short: a diagnostic must stay one readable line even when the
/// value is a megabyte pasted by mistake, and its location already says where the rest is.
package enum QuotedText {
    package static func quoted(_ text: String, limit: Int = 60) -> String {
        let head = text.prefix(limit + 1)
        return head.count > limit ? "“\(head.prefix(limit))…”" : "“\(text)”"
    }
}
