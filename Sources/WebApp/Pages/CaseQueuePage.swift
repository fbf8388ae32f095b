import Hall

/// `/cases`: the A-post's queue for a day's processing span, and the way to the other case pages.
/// (Fields are stored: Mustache reflects stored properties only.)
struct CaseQueuePage {
    var queue: CaseQueue
    var day: String
    var isEmpty: Bool
    var canUnmask: Bool
    var unmasked: Bool
    var failure: String?

    init(queue: CaseQueue, day: String, canUnmask: Bool, unmasked: Bool, failure: String?) {
        self.queue = queue
        self.day = day
        isEmpty = queue.windows.isEmpty
        self.canUnmask = canUnmask
        self.unmasked = unmasked
        self.failure = failure
    }
}

/// `/cases/list`: the ledger's cases, newest first, by window and status.
struct CaseListPage {
    struct Choice {
        var value: String
        var label: String
        var selected: Bool
    }

    var list: CaseList
    var window: String
    var statuses: [Choice]
    var isEmpty: Bool
    var failure: String?

    init(list: CaseList, window: String, statuses: [Choice], failure: String?) {
        self.list = list
        self.window = window
        self.statuses = statuses
        isEmpty = list.cases.isEmpty
        self.failure = failure
    }
}
