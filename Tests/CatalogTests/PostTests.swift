import Catalog
import Testing

/// The two posts are one closed choice, read from hall.yaml and from what staff write.
@Suite struct PostTests {
    @Test(arguments: [("A", Post.a), ("b", .b), (" B岗 ", .b), ("a岗", .a)])
    func readsThePostAsStaffWriteIt(text: String, post: Post) {
        #expect(Post(text: text) == post)
    }

    @Test(arguments: ["C", "AB", "", "岗", "A岗岗", "学生助理"])
    func refusesWhatIsNotAPost(text: String) {
        #expect(Post(text: text) == nil)
    }

    @Test func theShippedHallDeclaresBothPostsByTheirIDs() throws {
        let hall = try #require(ShippedCatalogTests.result.catalog.hall)
        #expect(hall.posts.map(\.id) == [.b, .a])
        #expect(hall.definition(of: .b)?.accepts == "08:30-17:30")
        #expect(hall.definition(of: .a)?.processes == "15:30-17:30")
    }

    @Test func aPostIsAlsoKnownByTheNameTheHallGivesIt() {
        let hall = ShippedCatalogTests.result.catalog.hall
        #expect(Post(text: "B岗（学生助理）", in: hall) == .b)
        #expect(Post(text: "A岗（窗口负责老师）", in: hall) == .a)
        #expect(Post(text: "a", in: hall) == .a)
        #expect(Post(text: "窗口负责老师", in: hall) == nil)
        #expect(Post(text: "B岗（学生助理）", in: nil) == nil)
    }

    @Test func theIDIsWhatAPostPrintsAs() {
        #expect("\(Post.a)|\(Post.b)" == "A|B")
        #expect(Post.allCases.map(\.rawValue) == ["A", "B"])
    }
}
