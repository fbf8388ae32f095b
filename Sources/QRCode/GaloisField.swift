/// Arithmetic in GF(256) with the QR code's reducing polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D).
enum GaloisField {
    /// α^i for i in 0..<510, doubled so that `multiply` can add logarithms without a modulo.
    static let exponents: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for index in 0..<255 {
            table[index] = UInt8(value)
            table[index + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// log_α(x) for x in 1...255; index 0 is unused because 0 has no logarithm.
    static let logarithms: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for index in 0..<255 { table[Int(exponents[index])] = index }
        return table
    }()

    static func multiply(_ lhs: UInt8, _ rhs: UInt8) -> UInt8 {
        guard lhs != 0, rhs != 0 else { return 0 }
        return exponents[logarithms[Int(lhs)] + logarithms[Int(rhs)]]
    }
}
