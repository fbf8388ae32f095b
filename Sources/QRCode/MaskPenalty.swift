/// The four penalty rules of ISO/IEC 18004 section 7.8.3.1; the mask with the lowest total wins.
///
/// Masks are scored before format and version information are drawn (those areas and the dark module count as
/// light), as section 7.8 prescribes and as segno, our reference encoder, does.
enum MaskPenalty {
    static func score(_ grid: ModuleGrid) -> Int {
        let lines = rowsAndColumns(of: grid)
        return lines.reduce(0) { $0 + sameColorRuns(in: $1) + finderLikePatterns(in: $1) }
            + sameColorBlocks(in: grid) + darkProportion(in: grid)
    }

    /// Rule 1: each run of five or more same-colored modules in a row or column scores 3 + (length − 5).
    static func sameColorRuns(in line: [Bool]) -> Int {
        guard !line.isEmpty else { return 0 }
        var penalty = 0
        var runStart = 0
        for index in 1...line.count where index == line.count || line[index] != line[runStart] {
            let runLength = index - runStart
            if runLength >= 5 { penalty += runLength - 2 }
            runStart = index
        }
        return penalty
    }

    /// Rule 2: every 2×2 block of one color scores 3 (overlapping blocks count separately).
    static func sameColorBlocks(in grid: ModuleGrid) -> Int {
        let size = grid.size
        let modules = grid.darkModules
        var penalty = 0
        for row in 1..<size {
            for column in 1..<size {
                let index = row * size + column
                let color = modules[index]
                if modules[index - 1] == color && modules[index - size] == color && modules[index - size - 1] == color {
                    penalty += 3
                }
            }
        }
        return penalty
    }

    private static let finderLikePattern: [Bool] = [true, false, true, true, true, false, true]

    /// Rule 3: each dark–light–dark×3–light–dark pattern with four light modules (or the symbol edge) on
    /// either side scores 40. After a counted match the search resumes behind it, as segno does, so a second
    /// pattern sharing its last three modules is not counted.
    static func finderLikePatterns(in line: [Bool]) -> Int {
        let patternLength = finderLikePattern.count
        var penalty = 0
        var start = 0
        while start + patternLength <= line.count {
            guard matchesFinderLikePattern(line, at: start) else {
                start += 1
                continue
            }
            let end = start + patternLength
            if isLight(line, max(start - 4, 0)..<start) || isLight(line, end..<min(end + 4, line.count)) {
                penalty += 40
                start = end
            } else {
                start += 1
            }
        }
        return penalty
    }

    private static func matchesFinderLikePattern(_ line: [Bool], at start: Int) -> Bool {
        for offset in 0..<finderLikePattern.count where line[start + offset] != finderLikePattern[offset] {
            return false
        }
        return true
    }

    private static func isLight(_ line: [Bool], _ range: Range<Int>) -> Bool {
        for index in range where line[index] { return false }
        return true
    }

    /// Rule 4: 10 points for every full 5 % the dark share deviates from 50 %.
    static func darkProportion(in grid: ModuleGrid) -> Int {
        let total = grid.size * grid.size
        let dark = grid.darkModules.count(where: { $0 })
        return 10 * (abs(20 * dark - 10 * total) / total)
    }

    private static func rowsAndColumns(of grid: ModuleGrid) -> [[Bool]] {
        let size = grid.size
        let modules = grid.darkModules
        let rows = (0..<size).map { row in Array(modules[row * size..<(row + 1) * size]) }
        let columns = (0..<size).map { column in stride(from: column, to: size * size, by: size).map { modules[$0] } }
        return rows + columns
    }
}
