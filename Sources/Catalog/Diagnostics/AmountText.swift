/// Numbers in messages as an administrator wrote them: `15`, not Swift's `15.0`.
extension Double {
    public var amountText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}
