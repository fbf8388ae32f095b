/// One of the eight data mask patterns of ISO/IEC 18004 section 7.8.2 (Table 10).
struct DataMask: Sendable, Hashable {
    static let all = (0..<8).map(DataMask.init(index:))

    let index: Int

    init(index: Int) {
        precondition((0..<8).contains(index), "mask index must be 0...7")
        self.index = index
    }

    /// Whether the module at (row, column) is inverted by this mask.
    func inverts(row: Int, column: Int) -> Bool {
        switch index {
        case 0: (row + column) % 2 == 0
        case 1: row % 2 == 0
        case 2: column % 3 == 0
        case 3: (row + column) % 3 == 0
        case 4: (row / 2 + column / 3) % 2 == 0
        case 5: (row * column) % 2 + (row * column) % 3 == 0
        case 6: ((row * column) % 2 + (row * column) % 3) % 2 == 0
        default: ((row + column) % 2 + (row * column) % 3) % 2 == 0
        }
    }
}

extension ModuleGrid {
    /// A copy with every non-function module inverted where `mask` says so.
    func applying(_ mask: DataMask) -> ModuleGrid {
        var result = self
        for row in 0..<size {
            for column in 0..<size where !isFunction(row: row, column: column) && mask.inverts(row: row, column: column)
            {
                result.setData(row: row, column: column, dark: !isDark(row: row, column: column))
            }
        }
        return result
    }
}
