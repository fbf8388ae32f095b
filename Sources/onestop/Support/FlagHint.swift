import Catalog

/// The option that mends a refusal, which only the command line knows: library messages say
/// what to do in words, the terminal adds how to type it.
enum FlagHint {
    static func hint(for code: ErrorCode) -> String? {
        switch code {
        case .unknownStaff: "（经办人用 --by 指明，或设置环境变量 ONESTOP_STAFF）"
        case .disclosureWithoutReason: "（用 --unmask 原因，例如 --unmask 学生本人申请核对）"
        case .periodPublished: "（主任更正：score --correct --reason 原因 --by 主任；补录事件：events import --correction）"
        case .periodNotPublished: "（考核期结束后用 score --publish 发布）"
        case .correctionWithoutReason: "（用 --reason 写明原因）"
        case .duplicateImport: "（确需重复导入请加 --allow-duplicates）"
        case .catalogFolderMissing: "（用 --catalog 指明目录文件夹）"
        case .unknownScheme: "（用 --rules 指明含 assessment/ 的规则文件夹）"
        default: nil
        }
    }
}
