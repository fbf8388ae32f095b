extension Period.Kind {
    /// The kind as the hall says it: 按月、年考核.
    public var chinese: String {
        switch self {
        case .month: "月"
        case .year: "年"
        case .semester: "学期"
        }
    }
}
