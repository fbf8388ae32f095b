import Catalog
import Testing

/// What the shipped catalog tells students is either from the seeds or marked `assumed`.
@Suite struct ShippedCatalogTruthTests {
    static var catalog: Catalog { ShippedCatalogTests.result.catalog }

    static func isAssumed(_ subject: String, inFile file: String? = nil) -> Bool {
        catalog.assumedValues.contains { value in
            value.subject == subject && (file.map { value.location.file.hasSuffix($0) } ?? true)
        }
    }

    static func service(_ id: String) -> Service? { catalog.services.first { $0.id == id } }

    /// 001 only says consultations are answered on the spot (附件二 一次告知制度 3); any other
    /// service promising 当场办结 guesses it.
    @Test func everyOnTheSpotServiceIsSourcedOrAssumed() {
        let onTheSpot = Self.catalog.services.filter { $0.timeLimit == .onTheSpot }
        #expect(onTheSpot.count > 12)
        for service in onTheSpot {
            if service.kind == "consultation" {
                #expect(
                    service.basis.contains { $0.clause?.contains("当场解答") ?? false },
                    "\(service.id) cites no source for answering on the spot")
            } else {
                #expect(
                    Self.isAssumed("services[\(service.id)].time_limit"), "\(service.id) promises 当场办结 unmarked")
            }
        }
    }

    @Test(arguments: [
        "services[student-id-replacement].materials[photo].material",
        "services[student-id-replacement].materials[student_id_card].material",
        "services[offcampus-group-activity].materials[insurance_proof].later_deadline",
        "services[student-id-issue].materials[photo].originals",
        "services[train-discount-card-purchase].refusals[same-city].text",
        "services[train-discount-card-purchase].acceptance[home-elsewhere].requires",
        "services[train-discount-card-charge].refusals[same-city].text",
    ])
    func inventionsNamedInTheIssueAreAssumed(subject: String) {
        #expect(Self.isAssumed(subject))
    }

    @Test func theSplitOfWindowsFiveAndSixIsAssumed() {
        #expect(Self.isAssumed("window.services", inFile: "windows/05.yaml"))
        #expect(Self.isAssumed("window.services", inFile: "windows/06.yaml"))
    }

    /// 000 applies to all enrolled students (适用于所有在校学生), whatever their level.
    @Test(arguments: ["postgraduate", "international", "undergraduate"])
    func studentIDReplacementKeepsEveryEnrolledStudent(level: String) throws {
        let service = try #require(Self.service("student-id-replacement"))
        let facts = ["applicant.level": level, "applicant.stage": "enrolled", "card.reason": "lost"]
        let applying = service.redirects.filter { $0.when?.evaluate(facts) ?? true }
        #expect(applying.map(\.reason) == [])
    }

    /// 000: "预计在三个月内将补办时长缩短至五个工作日" is a short-term goal, not a commitment.
    @Test func theFiveDayBasisSaysItIsATarget() throws {
        let service = try #require(Self.service("student-id-replacement"))
        #expect(service.timeLimit == .workingDays(5))
        let clauses = service.basis.compactMap(\.clause).filter { $0.contains("五个工作日") }
        #expect(clauses.count == 1)
        #expect(clauses.allSatisfy { $0.contains("短期目标") })
    }

    /// 002: the college's student management office reviews and verifies; the window receives
    /// and forwards.
    @Test(arguments: ["student-id-issue", "academic-record-correction"])
    func identityIsVerifiedByTheCollegeOffice(serviceID: String) throws {
        let service = try #require(Self.service(serviceID))
        let submit = try #require(service.steps.first)
        #expect(submit.role.id == "b_post")
        #expect(submit.department == nil)
        for id in ["first-review", "verify"] {
            let step = try #require(service.steps.first { $0.id == id })
            #expect(step.department?.id == "college", "\(serviceID).\(id)")
            #expect(step.role.id == "college_officer", "\(serviceID).\(id)")
        }
    }
}
