import ArgumentParser
import Assessment
import Catalog

/// `--rules DIR`: the assessment schemes, loaded strictly; errors end the command.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: "考核规则文件夹（考核方案放在其中的 assessment/ 下）。")
    var rules = "rules"

    func load() throws -> SchemeLoader.Result {
        let result = SchemeLoader.load(folder: rules)
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }
        guard errors.isEmpty else {
            for diagnostic in errors { Terminal.error(diagnostic.formatted) }
            Terminal.error("考核方案有错误，请先运行 onestop check 修正")
            throw ExitCode.failure
        }
        return result
    }
}
