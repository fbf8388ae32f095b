import Assessment
import Foundation

/// Assessment events and score results as shown: an event's note is free text written by the
/// recorder and may name a student; everything else in them is the hall's own data.
extension PersonalDataMask {
    public func event(_ event: AssessmentEvent) -> AssessmentEvent {
        var shown = event
        shown.note = text(event.note)
        return shown
    }

    public func score(_ result: ScoreResult) -> ScoreResult {
        var shown = result
        for window in shown.windows.indices {
            for deduction in shown.windows[window].deductions.indices {
                shown.windows[window].deductions[deduction].events = shown.windows[window].deductions[deduction]
                    .events.map(traceEvent)
            }
        }
        return shown
    }

    public func demerits(_ result: DemeritCounter.Result) -> DemeritCounter.Result {
        var shown = result
        for person in shown.people.indices { shown.people[person].events = shown.people[person].events.map(traceEvent) }
        return shown
    }

    func traceEvent(_ event: ScoreResult.TraceEvent) -> ScoreResult.TraceEvent {
        var shown = event
        shown.note = text(event.note)
        return shown
    }
}

extension ScoreDesk.Scored {
    /// The result with its events' notes masked, for any format.
    public func masked(by mask: PersonalDataMask) -> Self {
        guard mask.masks else { return self }
        var shown = self
        switch result {
        case .windows(let result): shown.result = .windows(mask.score(result))
        case .people(let result): shown.result = .people(mask.demerits(result))
        case .stored(let json): shown.result = .stored(Self.maskingNotes(in: json, mask))
        }
        return shown
    }

    /// A published result this version cannot decode is shown as stored, but for its `note`
    /// fields, masked wherever they are in it; JSON it cannot parse at all is not shown.
    static func maskingNotes(in json: String, _ mask: PersonalDataMask) -> String {
        func walk(_ value: Any) -> Any {
            switch value {
            case let object as [String: Any]:
                var result: [String: Any] = [:]
                for (key, value) in object {
                    result[key] = key == "note" ? (value as? String).map(mask.text) ?? walk(value) : walk(value)
                }
                return result
            case let array as [Any]: return array.map(walk)
            default: return value
            }
        }
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]),
            let data = try? JSONSerialization.data(
                withJSONObject: walk(parsed), options: [.prettyPrinted, .sortedKeys, .fragmentsAllowed])
        else { return "（已发布的结果无法解析，含个人信息时不予显示；写明原因后可完整显示）\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
