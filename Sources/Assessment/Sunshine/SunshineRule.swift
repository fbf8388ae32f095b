import Catalog

/// `sunshine:` of a person scheme (湖南工业大学 annex 3, 阳光窗口): the windows' standing is
/// the students' votes combined with the teachers' and the hall's opinions, by the declared weights.
public struct SunshineRule: Sendable {
    /// Percentages of the total: the vote points, the teachers' opinion, the hall's opinion.
    public struct Weights: Sendable, Codable, Equatable {
        public var votes: Double
        public var teachers: Double
        public var hall: Double

        public init(votes: Double, teachers: Double, hall: Double) {
            self.votes = votes
            self.teachers = teachers
            self.hall = hall
        }

        public var sum: Double { votes + teachers + hall }
    }

    public var name: String
    public var clause: String
    public var weights: Weights
    /// How many windows are named 阳光窗口 each period (more when tied at the edge).
    public var winners: Int
    /// The fewest votes, over all windows, for the period to name any winner.
    public var minimumVotes: Int
    /// The keys the file marks `assumed:` (shown as 待确认).
    public var assumed: AssumedKeys
    public var location: SourceLocation

    public init(
        name: String, clause: String, weights: Weights, winners: Int, minimumVotes: Int,
        assumed: AssumedKeys = AssumedKeys(), location: SourceLocation
    ) {
        self.name = name
        self.clause = clause
        self.weights = weights
        self.winners = winners
        self.minimumVotes = minimumVotes
        self.assumed = assumed
        self.location = location
    }
}
