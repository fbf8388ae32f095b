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
        #expect(PersonalData.maskIDNumbers(in: "身份证 430202199901011239 已核实") == "身份证 430202********1239 已核实")
        #expect(PersonalData.maskIDNumbers(in: "身份证 11010519491231002x") == "身份证 110105********002x")
        #expect(PersonalData.maskIDNumbers(in: "学号 2021040123") == "学号 2021040123")
    }

    /// Only a valid GB 11643 check character makes 18 digits an ID number: an order number or
    /// a bank reference of 18 digits stays readable, and so does a longer run of digits.
    @Test func eighteenDigitsWithoutAValidCheckCharacterAreNotAnIDNumber() {
        #expect(PersonalData.maskIDNumbers(in: "订单 430202199901011234") == "订单 430202199901011234")
        #expect(PersonalData.maskIDNumbers(in: "流水 4302021999010112390") == "流水 4302021999010112390")
        #expect(
            PersonalData.maskIDNumbers(in: "11010519491231002X、430202199901011239")
                == "110105********002X、430202********1239")
    }

    @Test func namesKeepTheFamilyName() {
        #expect(PersonalData.maskName("张三") == "张*")
        #expect(PersonalData.maskName("欧阳小明") == "欧阳**")
    }
}
