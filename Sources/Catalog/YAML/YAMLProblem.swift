/// libyaml's problem texts, in the Chinese of every other diagnostic. A text not listed here (a
/// rare directive or tag problem) is shown as libyaml wrote it.
enum YAMLProblem {
    static let translations: [String: String] = [
        "mapping values are not allowed in this context": "此处不能写“键: 值”，多半是值里有未加引号的冒号，或缩进不对",
        "did not find expected key": "没有找到应有的键，多半是缩进前后不一致",
        "did not find expected '-' indicator": "没有找到应有的列表项“-”",
        "could not find expected ':'": "没有找到应有的冒号“:”",
        "found character that cannot start any token": "这个字符不能出现在这里",
        "found unexpected end of stream": "文件意外结束",
        "did not find expected ',' or ']'": "没有找到应有的“,”或“]”",
        "did not find expected ',' or '}'": "没有找到应有的“,”或“}”",
        "block sequence entries are not allowed in this context": "此处不能写列表项“-”",
        "did not find expected node content": "没有找到应有的值",
        "found unknown escape character": "引号中有未知的转义字符",
        "found unexpected ':'": "多了一个冒号“:”",
        "did not find expected comment or line break": "此处应当换行或写注释",
        "found undefined tag handle": "用了未定义的标签",
        "but found another document": "文件中还有第二个文档（---），一个文件只能写一个",
        "control characters are not allowed": "文件中有不允许的控制字符",
        "invalid leading UTF-8 octet": "有无效的 UTF-8 字节",
        "invalid trailing UTF-8 octet": "有无效的 UTF-8 字节",
        "incomplete UTF-8 octet sequence": "有不完整的 UTF-8 字符",
    ]

    static func chinese(_ problem: String) -> String {
        translations[problem] ?? problem
    }
}
