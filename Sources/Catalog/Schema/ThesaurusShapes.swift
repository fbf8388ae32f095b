/// The shape of `thesaurus.yaml`.
enum ThesaurusShapes {
    static let entry = ObjectShape(
        title: "a thesaurus entry", label: "词表条目",
        fields: [
            Field("means", .text, required: true, "the catalog's word (in a name, alias or keyword)"),
            Field("words", .list(.string(), nonEmpty: true), required: true, "what students write for it"),
        ])

    static let thesaurus = ObjectShape(
        title: "the thesaurus", label: "词表",
        fields: [
            Field("synonyms", .list(.object(entry)), "colloquial words and the catalog's word they mean"),
            Field("typos", .list(.object(entry)), "common typos and homophones, and the word meant"),
            Field("english", .list(.object(entry)), "English words and the catalog's Chinese word they stand for"),
            Field("ignore", .texts, "words that say who sent the student, not what they need"),
            Field("places", .texts, "places named only as the scene of the matter"),
            Field("asking", .texts, "words that ask what the rules are: a close consultation comes first"),
            Field("said", .texts, "words after an office or a person that only told or sent the student (说, 让我)"),
            Field("visited", .texts, "words before an office the student has already been to (去过, 问过)"),
            Field("nearby", .texts, "words after an office that name only where the matter is (旁边, 门口)"),
        ])
}
