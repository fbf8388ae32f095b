/// Computes Reed–Solomon error correction codewords over GF(256), as in ISO/IEC 18004 section 7.5.2.
struct ReedSolomonEncoder: Sendable {
    /// Coefficients of the generator polynomial ∏(x − α^i), i in 0..<degree, highest degree first,
    /// without the leading monic 1.
    let generator: [UInt8]

    init(degree: Int) {
        precondition((1...255).contains(degree), "Reed–Solomon degree out of range")
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1
        var root: UInt8 = 1
        // Multiply the running product by (x − root) for each successive power of α.
        for _ in 0..<degree {
            for index in 0..<degree {
                coefficients[index] = GaloisField.multiply(coefficients[index], root)
                if index + 1 < degree { coefficients[index] ^= coefficients[index + 1] }
            }
            root = GaloisField.multiply(root, 0x02)
        }
        generator = coefficients
    }

    /// The remainder of data(x) · x^degree divided by the generator: the error correction codewords.
    func errorCorrection(for data: [UInt8]) -> [UInt8] {
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ remainder.removeFirst()
            remainder.append(0)
            for index in remainder.indices {
                remainder[index] ^= GaloisField.multiply(generator[index], factor)
            }
        }
        return remainder
    }
}
