/// The smallest complete catalog: the base on which every rule example is a one-line edit.
/// It loads with no diagnostics at all.
public enum ExampleCatalog {
    public static let files: [String: String] = [
        "hall.yaml": hall,
        "departments.yaml": departments,
        "facts.yaml": facts,
        "materials.yaml": materials,
        "windows/01.yaml": window1,
        "windows/02.yaml": window2,
        "services/daily.yaml": services,
        "calendars/cn-national.yaml": calendar,
    ]

    static let hall = """
        version: 1
        hall:
          name: 一站式学生事务中心服务大厅
          institution: 示例大学
          calendar: cn-national
          hours:
            monday: "08:30-17:30"
            tuesday: "08:30-17:30"
            wednesday: "08:30-17:30"
            thursday: "08:30-17:30"
            friday: "08:30-17:30"
            saturday: closed
            sunday: closed
          posts:
            - id: B
              name: B岗（学生助理）
              accepts: "08:30-17:30"
            - id: A
              name: A岗（窗口负责老师）
              processes: "15:30-17:30"
          roles:
            - id: clerk
              name: 专员
            - id: deputy
              name: 副主任
            - id: director
              name: 主任
          channels:
            - id: on_site
              name: 现场办理
              online: false
            - id: wechat
              name: 微信服务平台
              online: true
          time_zone: Asia/Shanghai

        """

    static let departments = """
        version: 1
        departments:
          - id: xsc
            name: 学生工作处
            in_hall: true
            phone: "0731-22183096"
          - id: jwc
            name: 教务处
            in_hall: true
          - id: pcs
            name: 派出所
            in_hall: false
            office: 辖区派出所户籍窗口
            keywords: [身份证丢了]

        """

    static let facts = """
        version: 1
        facts:
          - id: applicant.stage
            prompt: 您是新生、在校生还是毕业生？
            values: {freshman: 新生, enrolled: 在校生, graduate: 毕业生}
          - id: card.reason
            prompt: 学生证是遗失、被盗还是损坏？
            values: {lost: 遗失, stolen: 被盗, damaged: 损坏}

        """

    static let materials = """
        version: 1
        materials:
          - id: id_card
            name: 居民身份证
            form: paper
            source: applicant
          - id: written_application
            name: 书面申请
            form: paper
            source: applicant
          - id: photo
            name: 一寸证件照
            form: paper
            source: applicant

        """

    static let window1 = """
        version: 1
        window:
          number: 1
          name: 学生日常事务
          departments: [xsc]
          posts: {A: 1, B: 3}
          services: [student-id-replacement]

        """

    static let window2 = """
        version: 1
        window:
          number: 2
          name: 教学服务
          departments: [jwc]
          services: [transcript-stamp, course-consultation]

        """

    static let services = """
        version: 1
        services:
          - id: student-id-replacement
            name: 学生证补办
            kind: certificate
            basis:
              - document: 学生证遗失补办流程制度
            acceptance:
              - id: enrolled
                text: 申请人为在校学生
                requires: applicant.stage != "graduate"
                refusal: not-enrolled
            refusals:
              - code: not-enrolled
                text: 已毕业学生不再补办学生证
            time_limit: {working_days: 5}
            statutory_limit: {working_days: 5}
            fees:
              - name: 工本费
                amount: 15
                basis: 财务处收费标准
                adjustment_approval:
                  - role: deputy
                    below: 50
                  - role: director
            materials:
              - material: written_application
              - material: id_card
              - material: photo
                necessity: later
                later_deadline: {working_days: 3}
                when: card.reason == "damaged"
            steps:
              - id: accept
                name: 申请受理
                role: clerk
                applicant_present: true
              - id: verify
                name: 信息核实
                role: deputy
                applicant_present: false
              - id: produce
                name: 证件制作
                role: clerk
                applicant_present: false
                separate_from: [verify]
            redirects:
              - when: applicant.stage == "graduate"
                reason: 毕业生请到教学服务窗口开具证明
                to: {service: transcript-stamp}
          - id: transcript-stamp
            name: 成绩单盖章
            kind: stamping
            basis:
              - document: 学生事务中心服务窗口与服务内容
            time_limit: {on_the_spot: true}
            steps:
              - id: stamp
                name: 盖章
                role: clerk
                applicant_present: true
          - id: course-consultation
            name: 选课咨询
            kind: consultation
            basis:
              - document: 学生事务中心服务窗口与服务内容
            time_limit: {working_days: 1}
            steps:
              - id: answer
                name: 线上答复
                role: clerk
                applicant_present: false
            online:
              channel: wechat

        """

    static let calendar = """
        version: 1
        calendar:
          id: cn-national
          name: 国务院办公厅节假日安排
          years:
            2026:
              source: 国办发明电〔2025〕7号
              holidays:
                - {date: "2026-10-01", name: 国庆节}
              workdays:
                - {date: "2026-09-20", reason: 国庆节调休上班}

        """
}
