extension QRCode {
    /// A compact, self-contained SVG: a white background and one black `<path>` made of horizontal runs.
    ///
    /// Coordinates are in modules (the `viewBox`), so `moduleSize` only sets the intrinsic pixel size.
    /// `title` becomes an accessible name (`role="img"` with `<title>`).
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String? = nil) -> String {
        let margin = max(quietZone, 0)
        let extent = size + 2 * margin
        let pixels = extent * max(moduleSize, 1)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "viewBox=\"0 0 \(extent) \(extent)\" shape-rendering=\"crispEdges\""
        if let title {
            svg += " role=\"img\"><title>\(Self.escapedXML(title))</title>"
        } else {
            svg += " aria-hidden=\"true\">"
        }
        svg += "<rect width=\"\(extent)\" height=\"\(extent)\" fill=\"#fff\"/>"
        svg += "<path fill=\"#000\" d=\"\(pathData(margin: margin))\"/></svg>"
        return svg
    }

    /// One closed rectangle `M x y h n v1 h-n z` per horizontal run of dark modules.
    private func pathData(margin: Int) -> String {
        var commands: [String] = []
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < size && isDark(row: row, column: column) { column += 1 }
                let length = column - start
                commands.append("M\(start + margin) \(row + margin)h\(length)v1h-\(length)z")
            }
        }
        return commands.joined()
    }

    private static func escapedXML(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
