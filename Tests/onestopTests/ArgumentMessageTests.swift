import Foundation
import Testing

/// swift-argument-parser's own English (unknown option, missing argument, usage, help) reaches a
/// clerk in Chinese.
@Suite struct ArgumentMessageTests {
    static let cases: [(arguments: [String], says: String)] = [
        (["cases", "accept", "学生证补办", "--window", "1", "--student", "1", "--bogs"], "错误：没有选项 --bogs（您是不是要写 --by？）"),
        (["cases", "accept", "学生证补办", "--window", "1", "--student", "1", "--zzzzzz"], "错误：没有选项 --zzzzzz"),
        (["notice"], "错误：缺少参数 <service>"),
        (["cases", "frob"], "错误：多余的参数“frob”"),
        (["cases", "pause", "1", "extra", "more"], "错误：2 个多余的参数：“extra”、“more”"),
        (
            ["cases", "accept", "学生证补办", "--window", "1", "--student", "1", "--green-channel=3"],
            "错误：选项 --green-channel 不带值，却写了“3”"
        ),
    ]

    @Test(arguments: cases)
    func aMistypedCommandIsExplainedInChinese(arguments: [String], says: String) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 64)
        #expect(output.stderr.contains(says), "\(output.stderr)")
        #expect(output.stderr.contains("用法：") && output.stderr.contains("详见 onestop"), "\(output.stderr)")
        for english in ["Error:", "Usage:", "Unknown option", "Missing expected", "Unexpected argument", "See '"] {
            #expect(!output.stderr.contains(english), "\(output.stderr)")
        }
    }

    @Test func helpHeadingsAreInChinese() throws {
        let output = try CommandRunner.run(["score", "--help"])
        #expect(output.status == 0)
        for chinese in ["概述：", "用法：", "选项：", "显示帮助。", "（可选值：text、json、csv、html"] {
            #expect(output.stdout.contains(chinese), "\(output.stdout)")
        }
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "Show help information", "(default:", "values:"] {
            #expect(!output.stdout.contains(english), "\(output.stdout)")
        }
        let cases = try CommandRunner.run(["cases", "--help"])
        #expect(cases.stdout.contains("子命令：") && cases.stdout.contains("子命令的详细说明：onestop help cases <子命令>"))
    }
}
