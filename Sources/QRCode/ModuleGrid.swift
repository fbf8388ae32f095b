/// A square grid of modules that also remembers which modules belong to function patterns,
/// so that codeword placement and masking leave them alone.
struct ModuleGrid: Sendable, Equatable {
    let size: Int
    private(set) var darkModules: [Bool]
    private(set) var functionModules: [Bool]

    init(size: Int) {
        self.size = size
        darkModules = Array(repeating: false, count: size * size)
        functionModules = Array(repeating: false, count: size * size)
    }

    func isDark(row: Int, column: Int) -> Bool { darkModules[row * size + column] }

    func isFunction(row: Int, column: Int) -> Bool { functionModules[row * size + column] }

    /// Sets a data module; function modules are never written through this path.
    mutating func setData(row: Int, column: Int, dark: Bool) {
        assert(!isFunction(row: row, column: column), "data must not overwrite a function pattern")
        darkModules[row * size + column] = dark
    }

    mutating func setFunction(row: Int, column: Int, dark: Bool) {
        darkModules[row * size + column] = dark
        functionModules[row * size + column] = true
    }
}
