import Catalog

/// The web app's own refusals; the ledger's and the catalog's errors pass through unchanged.
public enum WebError: CodedError, Equatable {
    case signInRequired
    case wrongCredentials
    case roleNotAllowed(needed: Role)
    case formNotFromPage
    case tooManyAttempts(minutes: Int)
    case userExists(String)
    case passwordTooShort(minimum: Int)
    case setupLinkInvalid
    case badRequestBody(String)
    case noSuchPath

    public var errorCode: ErrorCode {
        switch self {
        case .signInRequired: .signInRequired
        case .wrongCredentials: .wrongCredentials
        case .roleNotAllowed: .roleNotAllowed
        case .formNotFromPage: .formNotFromPage
        case .tooManyAttempts: .tooManyAttempts
        case .userExists: .userExists
        case .passwordTooShort: .passwordTooShort
        case .setupLinkInvalid: .setupLinkInvalid
        case .badRequestBody: .badRequestBody
        case .noSuchPath: .noSuchPath
        }
    }

    public var message: String {
        switch self {
        case .signInRequired: "请先登录"
        case .wrongCredentials: "用户名或密码不正确，请重新输入"
        case .roleNotAllowed(let role): "此操作需要\(role.chineseName)或更高权限，请由有权限的人员办理"
        case .formNotFromPage: "表单已过期或不是从本系统页面提交的（CSRF 校验未通过），请刷新页面后重新提交"
        case .tooManyAttempts(let minutes): "尝试次数过多，请 \(minutes) 分钟后再试"
        case .userExists(let name): "用户 \(name) 已存在，请换一个用户名"
        case .passwordTooShort(let minimum): "密码至少需要 \(minimum) 个字符，请设置更长的密码"
        case .setupLinkInvalid: "首位主任账号的创建链接无效或已被使用；请使用服务启动时打印的链接，或用 onestop users add 创建"
        case .badRequestBody(let what): "请求内容不正确：\(what)"
        case .noSuchPath: "没有这个接口或页面；接口列表见 /api/openapi.yaml"
        }
    }

    public var details: ErrorDetails { ErrorDetails() }
}
