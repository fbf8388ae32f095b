import Foundation
import Testing

@testable import Catalog

/// What the composer over libyaml's events must decide as Yams did: which keys are the same key,
/// where libyaml's nesting limit stops a file, and the aliases `AnchorScanner` normally keeps away.
@Suite struct LibYAMLComposerTests {
    func read(_ yaml: String) -> (node: YAMLNode?, problems: [String]) {
        var bag = DiagnosticBag()
        let node = YAMLReader.read(Data(yaml.utf8), file: "f.yaml", into: &bag)
        return (node, bag.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code): \($0.message)" })
    }

    /// Composes without `AnchorScanner`, as if it had missed an alias.
    func compose(_ yaml: String) -> Result<DiagnosticBag, YAMLSyntaxError> {
        let source = SourceText(yaml, file: "f.yaml")
        var text = yaml
        return text.withUTF8 { bytes in
            Result { () throws(YAMLSyntaxError) in try LibYAMLComposer.compose(bytes, source: source).diagnostics }
        }
    }

    @Test func aKeyTaggedAsAnotherTypeIsAnotherKey() {
        #expect(read("version: 1\n!!int 1: a\n1: b\n").problems.isEmpty)
        #expect(
            read("version: 1\n!!str a: 1\na: 2\n").problems == [
                "3:1 duplicate-key: 键“a”在这里又写了一次（第一次在第 2 行）；请只保留一个"
            ])
    }

    @Test func quotedAndPlainSpellingsAreTheSameKey() {
        #expect(
            read("version: 1\n'a': 1\n\"a\": 2\n").problems == [
                "3:1 duplicate-key: 键“a”在这里又写了一次（第一次在第 2 行）；请只保留一个"
            ])
    }

    @Test func aDuplicateInsideAListUsedAsKeyIsStillFound() {
        let problems = read("version: 1\n? {a: 1, a: 2}\n: x\n").problems
        #expect(problems.count == 1 && problems[0].contains("duplicate-key"))
    }

    @Test func aListKeyIsRefusedAndItsValueLeftOut() throws {
        let (node, problems) = read("version: 1\n[a]: {b: 1}\n")
        #expect(node == nil)
        #expect(problems == ["2:1 type-mismatch: 键只能是普通的名称，不能是列表或映射；请改写这个键"])
    }

    @Test func libyamlsNestingLimitIsKeptFromYams() {
        let yaml = "version: 1\n" + (0..<1100).map { String(repeating: "  ", count: $0) + "k:\n" }.joined()
        #expect(read(yaml).problems == ["1001:1999 nesting-too-deep: 嵌套层数太深；请减少嵌套层数"])
    }

    @Test func aSecondDocumentIsRefused() {
        #expect(
            read("version: 1\n---\nversion: 1\n").problems == [
                "2:1 yaml-syntax: YAML 格式错误（文件中还有第二个文档（---），一个文件只能写一个）；请检查缩进、引号和冒号"
            ])
    }

    @Test func anAliasTheScannerMissedIsStillRefused() throws {
        let bag = try compose("version: 1\na: &x 1\nb: *x\n").get()
        #expect(bag.diagnostics.map(\.code) == ["yaml-alias"])
        #expect(bag.diagnostics.first?.location.line == 2)
        #expect(
            throws: YAMLSyntaxError.syntax(
                problem: "found undefined alias", context: nil, mark: .init(line: 1, column: 4))
        ) {
            try compose("b: *x\n").get()
        }
    }

    @Test func aControlCharacterIsPlacedWhereItIs() {
        #expect(
            read("version: 1\nfacts: a\u{7F}b\n").problems == [
                "2:9 invalid-encoding: 无法读取文件：文件中有不允许的控制字符；请另存为 UTF-8 编码的文本"
            ])
    }

    @Test func scalarsKeepTheirStyleAndPlace() throws {
        let node = try #require(
            read("version: 1\nitems:\n  - 'a'\n  - \"b\"\n  - |\n    c\n  - >\n    d\n  - e\n").node)
        let items = try #require(node["items"]?.items)
        #expect(items.map(\.location.line) == [3, 4, 5, 7, 9])
        #expect(items.map(\.location.column) == [5, 5, 5, 5, 5])
        #expect(items.map { "\($0.kind)" }.map { $0.contains("plain") } == [false, false, false, false, true])
        #expect(items.compactMap(\.scalar) == ["a", "b", "c\n", "d\n", "e"])
    }
}
