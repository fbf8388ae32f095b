import Store
import Testing

@Suite struct PersonalDataTests {
    @Test func studentNumbersKeepYearAndLastDigits() {
        #expect(PersonalData.maskStudentNumber("2021040123") == "2021****23")
        #expect(PersonalData.maskStudentNumber("12345") == "1****")
        #expect(PersonalData.maskStudentNumber("") == "")
    }

    @Test func nationalIDNumbersHideTheBirthDate() {
        #expect(PersonalData.maskNationalID("43020219990101123X") == "430202********123X")
        #expect(PersonalData.maskIDNumbers(in: "身份证 430202199901011234 已核实") == "身份证 430202********1234 已核实")
        #expect(PersonalData.maskIDNumbers(in: "学号 2021040123") == "学号 2021040123")
    }

    @Test func namesKeepTheFamilyName() {
        #expect(PersonalData.maskName("张三") == "张*")
        #expect(PersonalData.maskName("欧阳小明") == "欧阳**")
    }
}
