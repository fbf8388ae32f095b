import Foundation
import Testing

@testable import QRCode

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct SVGTests {
    private let code: QRCode

    init() throws {
        code = try QRCode(encoding: "http://127.0.0.1:8080/p/K7Q2M9")
    }

    @Test func isWellFormedAndCoversEveryDarkModule() throws {
        let document = try SVGDocument(code.svg(moduleSize: 3, quietZone: 4, title: "受理回执 <K7Q2M9> & \"more\""))
        let extent = code.size + 8
        #expect(document.elements == ["svg", "title", "rect", "path"])
        #expect(document.attributes["svg"]?["viewBox"] == "0 0 \(extent) \(extent)")
        #expect(document.attributes["svg"]?["width"] == "\(extent * 3)")
        #expect(document.attributes["svg"]?["shape-rendering"] == "crispEdges")
        #expect(document.attributes["svg"]?["role"] == "img")
        #expect(document.title == "受理回执 <K7Q2M9> & \"more\"")
        #expect(document.attributes["rect"]?["fill"] == "#fff")

        let pathData = try #require(document.attributes["path"]?["d"])
        let painted = try paintedModules(in: pathData)
        #expect(painted.positions == darkModulePositions(quietZone: 4))
        #expect(painted.area == code.modules.joined().count(where: { $0 }))
    }

    @Test func withoutTitleIsDecorative() throws {
        let document = try SVGDocument(code.svg(quietZone: 0))
        #expect(document.elements == ["svg", "rect", "path"])
        #expect(document.attributes["svg"]?["aria-hidden"] == "true")
        #expect(document.attributes["svg"]?["viewBox"] == "0 0 \(code.size) \(code.size)")
    }

    private func darkModulePositions(quietZone: Int) -> Set<[Int]> {
        var positions = Set<[Int]>()
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                positions.insert([row + quietZone, column + quietZone])
            }
        }
        return positions
    }

    /// Expands the `Mx yhNv1h-Nz` runs back into (row, column) positions; anything else fails the test.
    private func paintedModules(in pathData: String) throws -> (positions: Set<[Int]>, area: Int) {
        var positions = Set<[Int]>()
        var area = 0
        for command in pathData.split(separator: "M") {
            let pieces = command.split(separator: "h")
            try #require(pieces.count == 3 && command.hasSuffix("z"), "unexpected command \(command)")
            let origin = pieces[0].split(separator: " ").compactMap { Int($0) }
            let length = try #require(Int(pieces[1].dropLast(2)))
            try #require(origin.count == 2 && pieces[1].hasSuffix("v1") && pieces[2] == "-\(length)z")
            area += length
            for offset in 0..<length { positions.insert([origin[1], origin[0] + offset]) }
        }
        return (positions, area)
    }
}

/// Collects element names, attributes and the title text with Foundation's `XMLParser`.
private final class SVGDocument: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var attributes: [String: [String: String]] = [:]
    private(set) var title = ""
    private var insideTitle = false

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes attributeDict: [String: String]
    ) {
        elements.append(elementName)
        attributes[elementName] = attributeDict
        insideTitle = elementName == "title"
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        insideTitle = false
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if insideTitle { title += string }
    }
}
