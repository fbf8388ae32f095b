import Catalog
import Testing

/// The hall's staff list (`hall.staff`): the shipped one follows the windows' posts and the
/// hall's roles, and a wrong entry is reported where it is written.
@Suite struct HallStaffTests {
    static let hall = ShippedCatalogTests.result.catalog.hall

    @Test func theShippedStaffFollowEachWindowsPosts() throws {
        let staff = try #require(Self.hall?.staff)
        for window in ShippedCatalogTests.result.catalog.windows {
            let here = staff.filter { $0.windows == [window.number] }
            #expect(here.filter { $0.role == "a_post" }.count == window.posts["A"], "window \(window.number)")
            #expect(here.filter { $0.role == "b_post" }.count == window.posts["B"], "window \(window.number)")
            #expect(here.allSatisfy { $0.name.hasPrefix("\(window.number)号窗口") }, "window \(window.number)")
        }
        // Every role that performs a step has someone to perform it.
        let roles = Set(ShippedCatalogTests.result.catalog.services.flatMap(\.steps).map(\.role.id))
        #expect(roles.subtracting(staff.map(\.role)).isEmpty)
        #expect(Set(staff.map(\.id)).count == staff.count)
    }

    @Test func theShippedStaffListIsMarkedAssumed() {
        let assumed = ShippedCatalogTests.result.catalog.assumedValues
        #expect(assumed.contains { $0.subject == "hall.staff" })
    }

    @Test func aMemberIsFoundByIdOrByAUniqueName() {
        #expect(Self.hall?.staffMember("w01-b1")?.name == "1号窗口B岗学生助理1")
        #expect(Self.hall?.staffMember("学生证补办专员")?.id == "clerk")
        #expect(Self.hall?.staffMember("王专员") == nil)
    }

    @Test func aWrongRoleOrWindowIsReportedWhereItIsWritten() throws {
        let diagnostics = try ExampleEdit.load(
            "hall.yaml", replacing: "  channels:",
            with: "  staff:\n    - {id: w01-a, name: 1号窗口A岗老师, role: clark, windows: [1, 7]}\n  channels:")
        #expect(
            ExampleEdit.problems(diagnostics) == [
                "catalog/hall.yaml:29:41: staff-unknown-role", "catalog/hall.yaml:29:61: staff-unknown-window",
            ])
        #expect(diagnostics.contains { $0.message.contains("是否想写“clerk”") })
    }
}
