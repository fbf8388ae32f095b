import Catalog

/// A fee adjustment as a front end asks for it: the amount as typed (yuan), so that the CLI and
/// the web form are refused in the same words.
public struct FeeAdjustmentRequest: Sendable, Hashable {
    public var caseId: Int64
    /// The fee's name in the service's catalog entry (`工本费`).
    public var fee: String
    /// The amount waived, in yuan as typed (`15`, `7.5`).
    public var amount: String
    public var reason: String
    public var at: CivilDateTime
    /// The approver: a staff id or name, recorded by id.
    public var by: String
    /// The role (a `hall.roles` id) the approver acts in; nil takes the staff list's role of `by`.
    /// The web app passes its signed-in user's role.
    public var role: String?

    public init(
        caseId: Int64, fee: String, amount: String, reason: String, at: CivilDateTime, by: String,
        role: String? = nil
    ) {
        self.caseId = caseId
        self.fee = fee
        self.amount = amount
        self.reason = reason
        self.at = at
        self.by = by
        self.role = role
    }
}
