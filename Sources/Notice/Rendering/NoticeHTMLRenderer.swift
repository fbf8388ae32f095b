import Foundation

/// The student's copy as a printable A4 form to hand over: its number, blanks for the applicant,
/// tick boxes, and the clerk's and the applicant's signatures (一式两份).
enum NoticeHTMLRenderer {
    static func render(_ notice: Notice) -> String {
        let layout = NoticeLayout(notice, for: .student)
        var body: [String] = [
            "<header><p class=\"hall\">\(escape(layout.subtitle))</p><h1>\(layout.title)</h1></header>",
            "<table class=\"fields\">",
        ]
        for field in layout.fields {
            body.append("<tr><th>\(escape(field.label))</th><td>\(escape(field.value))</td></tr>")
        }
        body.append(
            "<tr><th>申请人姓名</th><td class=\"blank\"><span class=\"blank\"></span>"
                + "<b>学号</b><span class=\"blank\"></span><b>联系电话</b><span class=\"blank\"></span></td></tr>")
        body.append("</table>")
        for section in layout.sections {
            body.append("<section><h2>\(escape(section.title))</h2><ul>")
            for entry in section.entries {
                let box =
                    entry.checked.map { $0 ? "<span class=\"box\">☑</span>" : "<span class=\"box\">☐</span>" } ?? ""
                let detail = entry.detail.map { "<div class=\"why\">\(escape($0))</div>" } ?? ""
                body.append("<li>\(box)\(escape(entry.text))\(detail)</li>")
            }
            body.append("</ul></section>")
        }
        body.append(
            """
            <footer>
            <div class="sign"><span>窗口工作人员签字：</span><span class="line"></span><span>申请人签字：</span><span class="line"></span><span>日期：</span><span class="line short"></span></div>
            <p class="fine">本告知单一式两份，申请人与窗口各执一份（编号 \(escape(notice.number))）。标注“（待确认）”的内容尚待有关部门确认，以窗口最终答复为准。对告知内容有疑问，可向大厅咨询台或投诉与建议窗口反映。</p>
            </footer>
            """)
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>一次性告知单 · \(escape(notice.service.name))</title>
            <style>
            @page { size: A4; margin: 10mm 14mm; }
            body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 9.5pt; color: #000; max-width: 180mm; margin: 0 auto; line-height: 1.3; }
            header { text-align: center; border-bottom: 2px solid #000; margin-bottom: 2mm; }
            header .hall { margin: 0; font-size: 10pt; letter-spacing: 1px; }
            h1 { margin: 0.5mm 0 1mm; font-size: 18pt; letter-spacing: 8px; }
            h2 { font-size: 10pt; margin: 1.5mm 0 0.3mm; border-left: 3px solid #000; padding-left: 2mm; }
            table.fields { width: 100%; border-collapse: collapse; }
            table.fields th { width: 22mm; text-align: left; vertical-align: top; font-weight: bold; padding: 0.6mm 0; }
            table.fields td { border-bottom: 1px dotted #666; padding: 0.6mm 0; }
            td.blank { display: flex; align-items: flex-end; gap: 2mm; }
            span.blank { flex: 1; border-bottom: 1px solid #000; height: 5mm; }
            ul { list-style: none; margin: 0; padding-left: 2mm; }
            li { margin: 0.4mm 0; page-break-inside: avoid; }
            .box { display: inline-block; width: 5mm; font-size: 11pt; }
            .why { color: #444; font-size: 8pt; padding-left: 5mm; }
            footer { margin-top: 3mm; page-break-inside: avoid; }
            .sign { display: flex; align-items: flex-end; gap: 2mm; margin: 2mm 0; }
            .line { flex: 1; border-bottom: 1px solid #000; height: 6mm; }
            .line.short { flex: 0 0 28mm; }
            .fine { font-size: 8pt; color: #444; margin: 1mm 0; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
