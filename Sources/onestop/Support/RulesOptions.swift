import ArgumentParser
import Assessment
import Catalog

/// `--rules DIR`: the assessment schemes, loaded strictly; errors end the command.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: "考核规则文件夹（考核方案放在其中的 assessment/ 下）。")
    var rules = "rules"

    func load() throws(CatalogLoadError) -> SchemeLoader.Result {
        let result = SchemeLoader.load(folder: rules)
        if let refusal = CatalogLoadError.refusing(result.diagnostics.sorted, rules: true) { throw refusal }
        return result
    }
}
