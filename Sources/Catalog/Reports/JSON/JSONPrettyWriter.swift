/// JSON written straight to bytes, for the hot outputs (a route, a notice) whose `Encodable`
/// trees cost more than the work behind them. The bytes are `JSONOutput.encode`'s: the caller
/// writes each object's keys, already in the output's form, in code-point order (checked in
/// debug builds).
public struct JSONPrettyWriter {
    private var bytes: [UInt8] = []
    /// Open containers: whether each is an array, and how many members it has so far.
    private var open: [(isArray: Bool, count: Int)] = []
    #if DEBUG
        /// The last key of each open object, for the order check.
        private var lastKeys: [String] = []
    #endif

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The text, ending in a newline as `JSONOutput.encode` does.
    public consuming func finish() -> String {
        precondition(open.isEmpty, "JSONPrettyWriter: a container is still open")
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private var indent: Int { open.count * 2 }

    /// Before a value: the separator and indent inside an array (a key has already written them
    /// inside an object).
    private mutating func beginValue() {
        guard let last = open.last, last.isArray else { return }
        separate()
    }

    private mutating func separate() {
        if open[open.count - 1].count > 0 { bytes.append(contentsOf: ",\n".utf8) }
        open[open.count - 1].count += 1
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    /// A member's key (already in the output's form: snake_case where the output is).
    public mutating func key(_ name: String) {
        precondition(open.last?.isArray == false, "JSONPrettyWriter: a key outside an object")
        checkOrder(of: name)
        separate()
        JSONText.writeString(name, into: &bytes)
        bytes.append(contentsOf: " : ".utf8)
    }

    /// A key written in the source, as every key of the hand-written outputs is: its bytes copied
    /// as they are, without `key(_:)`'s scan for characters to escape (there are none: checked in
    /// debug builds, with the order).
    public mutating func key(literal name: StaticString) {
        precondition(open.last?.isArray == false, "JSONPrettyWriter: a key outside an object")
        let utf8 = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        assert(
            utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") },
            "JSONPrettyWriter: key \(name) needs escaping; use key(_:)")
        checkOrder(of: name.description)
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(contentsOf: "\" : ".utf8)
    }

    /// In debug builds: a key after the last one of its object, as JSONEncoder's sorted keys come.
    private mutating func checkOrder(of name: @autoclosure () -> String) {
        #if DEBUG
            let name = name()
            let previous = lastKeys[lastKeys.count - 1]
            assert(
                open[open.count - 1].count == 0 || previous.utf8.lexicographicallyPrecedes(name.utf8),
                "JSONPrettyWriter: key \(name) out of order")
            lastKeys[lastKeys.count - 1] = name
        #endif
    }

    public mutating func beginObject() {
        beginValue()
        bytes.append(contentsOf: "{\n".utf8)
        open.append((false, 0))
        #if DEBUG
            lastKeys.append("")
        #endif
    }

    public mutating func endObject() {
        #if DEBUG
            lastKeys.removeLast()
        #endif
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        beginValue()
        bytes.append(contentsOf: "[\n".utf8)
        open.append((true, 0))
    }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func close(_ bracket: UInt8) {
        open.removeLast()
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        bytes.append(bracket)
    }

    public mutating func string(_ text: String) {
        beginValue()
        JSONText.writeString(text, into: &bytes)
    }

    public mutating func integer(_ number: some BinaryInteger) {
        beginValue()
        bytes.append(contentsOf: String(number).utf8)
    }

    public mutating func bool(_ flag: Bool) {
        beginValue()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A Double as JSONEncoder writes it; a value that is not finite (which JSONEncoder refuses)
    /// as null.
    public mutating func number(_ value: Double) {
        guard case .literal(let text) = try? JSONScalar.number(value) else { return null() }
        beginValue()
        bytes.append(contentsOf: text.utf8)
    }

    /// A string, or null when there is none (what `encode` of an optional writes).
    public mutating func string(_ text: String?) {
        guard let text else { return null() }
        string(text)
    }

    /// An array of strings.
    public mutating func strings(_ texts: some Sequence<String>) {
        beginArray()
        for text in texts { string(text) }
        endArray()
    }

    /// A [String: String] dictionary, its keys as they are (JSONEncoder never converts them).
    public mutating func stringMap(_ map: [String: String]) {
        beginObject()
        for key in map.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            self.key(key)
            string(map[key]!)
        }
        endObject()
    }
}
