import Hall
import Store

/// The mask for an API view: masked for everyone, in full only for the director who gives
/// `unmask_reason` (the ledger records the disclosure first), as on the pages and the CLI.
enum APIPersonalData {
    static let reasonParameter = "unmask_reason"

    static func mask(
        _ hall: HallServices, _ view: Disclosure.View, subject: String? = nil, record: Int64? = nil,
        user: SignedInUser, reason: String? = nil
    ) async throws -> PersonalDataMask {
        if reason != nil, user.role != .director { throw WebError.roleNotAllowed(needed: .director) }
        return try await hall.personalData.mask(
            .init(view: view, subject: subject, record: record, actor: user.name, unmaskReason: reason))
    }
}

extension APIQuery {
    /// `unmask_reason`: why the director must see personal data in full.
    var unmaskReason: String? {
        get throws(WebError) { try string(APIPersonalData.reasonParameter) }
    }
}
