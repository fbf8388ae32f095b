/// What each code means and how it is mended, for docs/errors.md; the kind decides the
/// exit code (and a server's status).
extension ErrorCode {
    public var kind: ErrorKind { Self.descriptions[self]?.kind ?? .refused }
    public var meaning: String { Self.descriptions[self]?.meaning ?? "" }
    public var mend: String { Self.descriptions[self]?.mend ?? "" }

    private typealias Description = (kind: ErrorKind, meaning: String, mend: String)

    // A dictionary rather than a switch so that each code reads as one line; a test checks
    // that every code has one.
    private static let descriptions: [Self: Description] = [
        .signInRequired: (
            .unauthorized, "The page or API call needs a signed-in user.",
            "Sign in at /login (or send HTTP Basic credentials to the API)."
        ),
        .wrongCredentials: (
            .unauthorized, "The user name or password is wrong.", "Check both; a director can set a new password."
        ),
        .roleNotAllowed: (
            .forbidden, "The signed-in user's role may not do this.",
            "Ask a user with the role named in the message (deputy or director)."
        ),
        .formNotFromPage: (
            .forbidden, "A form arrived without the page's CSRF token, or with a stale one.",
            "Reload the page and submit the form again."
        ),
        .tooManyAttempts: (
            .throttled, "Too many sign-in or progress look-up attempts in a short time.",
            "Wait the minutes the message names, then try again."
        ),
        .userExists: (.refused, "A web user with this name already exists.", "Choose another name."),
        .passwordTooShort: (
            .invalidInput, "The password is shorter than 10 characters.", "Choose a longer password."
        ),
        .setupLinkInvalid: (
            .forbidden, "The first-director link is wrong or already used.",
            "Use the link the server printed on its first start, or `onestop users add`."
        ),
        .noSuchPath: (
            .notFound, "The web app has no such page or API path.", "See /api/openapi.yaml for the API's paths."
        ),
        .methodNotAllowed: (
            .invalidInput, "The API path does not take this HTTP method.", "Use a method the Allow header lists."
        ),
        .badRequestBody: (
            .invalidInput, "The request's body is not what the form or API call takes.",
            "Send the fields the API document (/api/openapi.yaml) names."
        ),
        .caseNotFound: (.notFound, "No case has this number.", "Check the case number in the queue or case list."),
        .recordNotFound: (
            .notFound, "No referral, complaint or repair has this number.", "Check the number in its list."
        ),
        .unknownService: (
            .notFound, "The catalog has no such service.", "Use a service id or name from the services list."
        ),
        .unknownWindow: (
            .notFound, "The hall has no window with this number.", "Use one of the listed window numbers."
        ),
        .unknownFact: (.notFound, "The catalog has no such fact.", "Use a fact id from facts.yaml."),
        .unknownFactValue: (.invalidInput, "The fact has no such value.", "Use one of the listed values."),
        .unknownRefusalReason: (
            .notFound, "The service defines no refusal reason with this code.",
            "Use one of the service's refusal codes."
        ),
        .unknownFee: (
            .notFound, "The case's service has no fee with this name, so there is nothing to adjust.",
            "Use one of the fee names the message lists (as in the service's catalog entry)."
        ),
        .invalidFeeAdjustment: (
            .invalidInput,
            "A fee adjustment needs a positive amount no larger than what remains of the fee, and a reason.",
            "Write the amount waived in yuan (e.g. 15 or 7.5) and why; a refused case has no fee to adjust."
        ),
        .caseNotRateable: (
            .refused, "Only a completed or refused case can be rated (好差评), by its applicant.",
            "Rate the case once it is completed or refused; check the last four digits of the student number."
        ),
        .caseAlreadyRated: (.refused, "The case already has its one rating (一事一评).", "Nothing to do."),
        .unknownRatingLevel: (
            .invalidInput, "The level is not one of the five (非常满意 … 非常不满意).",
            "Use one of the levels the message lists, in Chinese or as its id (very_satisfied …)."
        ),
        .unknownRatingReason: (
            .invalidInput, "A reason is not on the hall's list of rating reasons.",
            "Choose reasons from the list the message gives."
        ),
        .ratingNotFound: (.notFound, "No rating has this number.", "Check the number in `onestop ratings list`."),
        .invalidRatingFollowUp: (
            .refused,
            "The follow-up step does not fit the rating: only a bad rating is followed up or appealed, each step once, in order (回访, 整改; 申诉, then the director's review).",
            "Record the steps in order, with a note; the director reviews an appeal."
        ),
        .invalidPatrol: (
            .invalidInput,
            "A patrol needs its patrollers and visited windows, and each finding a visited window and an item of the scheme.",
            "Name the patrollers and windows; give each finding a window visited, the item's Chinese name and a short note."
        ),
        .patrolFindingAnswered: (
            .refused, "The window has already answered this finding (落实反馈); an answer is never changed.",
            "Nothing to do; a further step is a new patrol's finding or a note to the office."
        ),
        .notWindowStaff: (
            .forbidden, "Only staff of the finding's window (or the deputy or director) answer it.",
            "Record the answer as a member of staff of that window."
        ),
        .sunshineAlreadyVoted: (
            .refused, "This student number has already voted for 阳光窗口 in this period; one vote per student per period.",
            "Nothing to do: the first vote is counted. The student may vote again in the next period."
        ),
        .sunshineNotOpen: (
            .refused,
            "The 阳光窗口 vote or opinion is not open: no scheme declares `sunshine`, the vote's date is outside the period, or the period is not over yet for an opinion.",
            "Vote during the period (the month); enter opinions after it ends and before hut-demerits is published."
        ),
        .invalidSunshineOpinion: (
            .invalidInput, "An opinion's score is from 0 to 100, its source teachers or hall, and its note short.",
            "Give a score between 0 and 100 and the source teachers or hall."
        ),
        .feeAdjustmentNotApprovable: (
            .forbidden, "The approver's role may not approve an adjustment of this amount (adjustment_approval).",
            "Have the role the message names approve it (a deputy below the catalog's threshold, else the director)."
        ),
        .unknownStep: (.notFound, "The service has no step with this id.", "Use one of the service's step ids."),
        .unknownScheme: (
            .notFound, "No assessment scheme has this id.", "Use a scheme id from the rules folder's assessment/."
        ),
        .unknownStaff: (
            .notFound, "The person named as having done it is not on the hall's staff list.",
            "Name a member of staff by id or name from hall.yaml's staff."
        ),
        .unknownChannel: (.invalidInput, "Not one of the hall's channels.", "Use a channel of hall.yaml, or 现场/网上."),
        .unknownPost: (.invalidInput, "The post is neither A nor B.", "Write A (teacher) or B (student assistant)."),
        .unknownColumn: (
            .invalidInput, "An imported file's header names a column that is not known.",
            "Rename the column to one of the listed names; the first row must be the header."
        ),
        .missingColumn: (.invalidInput, "An imported file lacks a required column.", "Add the column to the header."),
        .repeatedColumn: (.invalidInput, "The header names one column twice.", "Delete one of the two columns."),
        .extraColumn: (
            .invalidInput, "A row has content beyond the header's last column.",
            "Quote the comma inside the value, or add the column's header."
        ),
        .rowInvalid: (
            .invalidInput, "A row of an imported file cannot be read as written.",
            "Correct the cell named by row and column and import again."
        ),
        .notTrueOrFalse: (.invalidInput, "A yes/no cell holds something else.", "Write TRUE/FALSE or 是/否."),
        .implausibleCount: (
            .invalidInput, "An event count is above the scheme's max_event_count.",
            "Check the cell; it is most often a typo."
        ),
        .studentNumberPattern: (
            .invalidInput, "The student number does not have the hall's form (student_number_pattern).",
            "Check the student number."
        ),
        .missingText: (.invalidInput, "A required text is empty.", "Write the text the message names."),
        .invalidTime: (.invalidInput, "Not a time.", "Write YYYY-MM-DDTHH:MM."),
        .timeWithoutClock: (
            .invalidInput, "A date was given where an operation time is needed.", "Write the time of day too."
        ),
        .timeInFuture: (
            .refused, "The time is after the hall's clock: the ledger records what happened.",
            "Write the actual time, or check the machine's clock."
        ),
        .timeBeforeLastRecorded: (
            .refused, "The time is before the last time recorded for the record.", "Write the actual, later time."
        ),
        .timeOutsideCalendar: (
            .refused, "The time is in a year the working-day calendar does not cover.",
            "Check the year, or add the year to the calendar."
        ),
        .dateOutsideCalendar: (
            .invalidInput, "A date of an imported row is in a year the calendar does not cover.",
            "Check the date, or add the year to the calendar."
        ),
        .calendarMissing: (
            .refused, "The catalog has no working-day calendar for the hall.",
            "Provide one in calendars/ and name it in hall.yaml."
        ),
        .calendarMissingYear: (
            .refused, "A due date falls in a year the calendar does not cover.",
            "Import that year's holiday arrangement (calendar import)."
        ),
        .invalidTransition: (
            .refused, "The record's status does not allow this change (e.g. completing a paused case).",
            "Do the step the message names first, or leave the record as it is."
        ),
        .alreadyAtWindow: (.refused, "The case is already at that window.", "Name another window."),
        .windowDoesNotOfferService: (
            .refused, "The window does not offer the service.", "Use the window the message names."
        ),
        .notAcceptable: (
            .refused, "The notice's decision for these facts is to redirect or refuse, so it is not accepted.",
            "Follow the statement in the message."
        ),
        .stepAlreadyDone: (.refused, "The step is already recorded for the case.", "Nothing to do."),
        .separationOfDuties: (
            .refused, "The same person may not do both steps.", "Have another member of staff do it."
        ),
        .disclosureWithoutReason: (
            .invalidInput, "Showing personal data in full needs a reason, which the audit records.", "Give the reason."
        ),
        .invalidDateRange: (.invalidInput, "The start date is after the end date.", "Swap or correct the dates."),
        .noDataRows: (.invalidInput, "The file has a header but no rows.", "Check that the right file was chosen."),
        .tooManyRows: (
            .invalidInput, "The file has more rows than one import takes.", "Split the file and import in parts."
        ),
        .fileTooLarge: (.invalidInput, "The file is larger than an import takes.", "Check the file, or split it."),
        .fieldTooLong: (.invalidInput, "A cell is longer than an import takes.", "Check the cell named."),
        .headerTooLong: (.invalidInput, "The header row is too long.", "Check that the file is a CSV."),
        .rowTooLong: (.invalidInput, "A row is too long.", "Check the row named, often an unclosed quote."),
        .duplicateImport: (
            .refused, "The same events were imported before.",
            "Do not import them again, or allow duplicates explicitly."
        ),
        .periodPublished: (
            .refused, "The period is published: its result no longer changes.",
            "A director corrects the period's result, with a reason."
        ),
        .periodNotEnded: (
            .refused, "The period has not ended, so it cannot be published.", "Publish after its last day."
        ),
        .periodNotPublished: (
            .refused, "Only a published period can be corrected.", "Publish the period after it has ended."
        ),
        .periodNotScored: (
            .invalidInput, "The scheme is not scored over this kind of period.",
            "Use one of the periods the message lists."
        ),
        .correctionWithoutReason: (.invalidInput, "A correction needs a reason.", "Give the reason."),
        .publishedResultMissing: (
            .refused, "A published result recorded by the audit trail was deleted outside onestop.",
            "Run audit verify and restore the database from a backup."
        ),
        .publishedResultUnreadable: (
            .unavailable, "A stored published result cannot be read by this version.",
            "Use the version that published it; the stored JSON is unchanged."
        ),
        .catalogInvalid: (
            .invalidInput, "The catalog has errors, so no command that needs it runs.",
            "Run check and correct the files and lines it names."
        ),
        .catalogFolderMissing: (.unavailable, "The catalog folder does not exist.", "Name the catalog folder."),
        .rulesInvalid: (
            .invalidInput, "The assessment schemes have errors.", "Run check and correct the files and lines it names."
        ),
        .ambiguousService: (.invalidInput, "The text matches several services.", "Choose one of the candidates."),
        .unknownMaterial: (
            .notFound, "The catalog has no such material.", "Use a material id or name from materials.yaml."
        ),
        .materialNotRequired: (
            .invalidInput, "The material is not one the service asks for, so it cannot have a defect.",
            "Name a material of the service."
        ),
        .unknownDefect: (.notFound, "The material has no such defect code.", "Use one of the listed defect codes."),
        .ambiguousMaterial: (.invalidInput, "The text matches several materials.", "Choose one of the candidates."),
        .ambiguousDefect: (
            .invalidInput, "The text matches several defects of the material.", "Choose one of the candidates."
        ),
        .ambiguousFact: (.invalidInput, "The text matches several facts.", "Choose one of the candidates."),
        .ambiguousFactValue: (
            .invalidInput, "The text matches several values of the fact.", "Choose one of the candidates."
        ),
        .ambiguousWindow: (.invalidInput, "The text matches several windows.", "Give the window's number."),
        .ambiguousScheme: (
            .invalidInput, "The text matches several assessment schemes.", "Choose one of the candidates."
        ),
        .unknownItem: (
            .notFound, "No assessment scheme has such an item.",
            "Use an item id or Chinese name from rules/assessment/."
        ),
        .ambiguousItem: (
            .invalidInput, "The text matches items of several schemes or several items.",
            "Choose one of the candidates."
        ),
        .noticeNoYear: (
            .invalidInput, "The holiday notice's first line does not name its year.",
            "Paste the notice from its title line (国务院办公厅关于YYYY年部分节假日安排的通知)."
        ),
        .noticeNoArrangement: (
            .invalidInput, "The notice has no arrangement lines (一、元旦：……).", "Paste the notice's whole text."
        ),
        .noticeUnknownHoliday: (
            .invalidInput, "A line names a day that is not a statutory festival.", "Check the line."
        ),
        .noticeBadDate: (.invalidInput, "A date in the notice cannot be read or is not valid.", "Check the line."),
        .noticeWrongWeekday: (
            .invalidInput, "A weekday written in the notice does not match its date.",
            "Check the line against the original."
        ),
        .noticeWrongCount: (
            .invalidInput, "The number of days the notice states does not match the days it lists.",
            "Check the line against the original."
        ),
        .noticeUnreadableSentence: (
            .invalidInput, "A clause of the notice says neither rest, make-up nor work.", "Check the line."
        ),
        .noticeConflictingDays: (.invalidInput, "A day appears twice in the notice.", "Check the original text."),
        .noticeOtherYear: (
            .invalidInput, "A date lies outside the notice's year and its neighbours.", "Check the line."
        ),
        .notUTF8Text: (.invalidInput, "The file is not UTF-8 text.", "Save it as UTF-8 and try again."),
        .calendarEditFailed: (
            .unavailable, "The calendar file could not be written, or would not load after the edit.",
            "Check the file's permissions; nothing was written."
        ),
        .calendarYearDiffers: (
            .refused, "The calendar already has the year, with other days than the notice.",
            "Check the notice; correct the calendar file by hand and run check if it is wrong."
        ),
        .confirmationNeeded: (
            .refused, "A change that asks for confirmation was run without a terminal.",
            "Check what it would write, then confirm it explicitly."
        ),
        .invalidArgument: (
            .invalidInput, "An option or argument on the command line is not valid.", "Correct it as the message says."
        ),
        .initEmptyPath: (.invalidInput, "init was given an empty folder name.", "Name the new folder."),
        .initNotAFolder: (.refused, "init was given a path that is a file.", "Choose another name."),
        .initFolderNotEmpty: (
            .refused, "init was given a folder that already holds files, which it never overwrites.",
            "Name a new or empty folder."
        ),
        .initCannotWrite: (
            .unavailable, "init could not write a file of the example.", "Check the folder's permissions."
        ),
        .fileUnreadable: (.unavailable, "The file cannot be read.", "Check the path and the permissions."),
        .fileNotWritable: (
            .unavailable, "A file cannot be created or written.", "Check the folder, disk space and permissions."
        ),
        .databaseFailed: (
            .unavailable, "The database could not be read or written.", "Check the database file and disk."
        ),
    ]
}
