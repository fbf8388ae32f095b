/// An append-only sequence of bits, most significant bit first, used to assemble the data bit stream.
struct BitBuffer: Sendable {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    /// Appends the lowest `length` bits of `value`, most significant first.
    mutating func append(_ value: Int, length: Int) {
        precondition(length >= 0 && length <= 31 && value >> length == 0, "value does not fit in \(length) bits")
        for shift in stride(from: length - 1, through: 0, by: -1) {
            bits.append((value >> shift) & 1 == 1)
        }
    }

    /// Packs the bits into bytes; the caller pads to a whole number of bytes first.
    var bytes: [UInt8] {
        precondition(count % 8 == 0, "bit stream is not byte aligned")
        return stride(from: 0, to: count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
    }
}
