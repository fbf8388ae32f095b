import ArgumentParser
import Catalog
import Store

// Options are parsed into their types, so a bad value is refused before any command runs
// (`cases queue --day banana` once printed today's queue).

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension CivilDateTime: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension CaseRecord.Status: ExpressibleByArgument {}

/// `--post A`, `--post b` or `--post B岗`, as the post column of a file takes it.
extension Post: ExpressibleByArgument {
    public init?(argument: String) { self.init(text: argument) }
}
