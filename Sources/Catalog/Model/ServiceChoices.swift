/// The closed choices a service's YAML makes; their raw values are the words written there
/// (and, for `OnCorrection`, stored in the ledger's `on_correction` column).
extension Service {
    /// Whether a service's material must be brought (`necessity:`): always, optionally, or
    /// later (容缺后补, within the use's `later_deadline`).
    public enum Necessity: String, Sendable, CaseIterable, Codable {
        case required, optional, later
    }

    /// What the time limit does while the applicant fetches a correction (补正, `on_correction:`):
    /// it stops and goes on from where it stood, or starts again when the case resumes.
    public enum OnCorrection: String, Sendable, CaseIterable, Codable {
        case pause, restart
    }
}
