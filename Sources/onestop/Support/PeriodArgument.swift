import ArgumentParser
import Assessment

/// `--period YYYY-MM|YYYY|YYYY-S1|YYYY-S2`, parsed into a `Period` as the option is read, so a
/// command never checks it again nor unwraps it.
enum PeriodArgument {
    static func parse(_ text: String) throws -> Period {
        guard let period = Period(text) else {
            throw ValidationError("“\(text)”不是有效的考核期间；请写成 YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2")
        }
        return period
    }
}
