//! The program's own fixed words (not clinical content, which lives in the
//! dataset), in one place so a translation is one change. In sections: what
//! the reports and the full-screen app share, the reports' own, the
//! full-screen app's own, and the kiosk's.

pub mod decision;
pub mod desk;
pub mod plain;

use crate::dataset::{Level, Tier};

// Shared: headings and labels of the reports, the full-screen app and plain
// mode.

pub const TIER_HEADINGS: [(Tier, &str, &str); 3] = [
    (
        Tier::Suited,
        "Commonly used for answers like yours",
        "These are often part of a plan for scars like the ones you described.",
    ),
    (
        Tier::Consider,
        "May fit: discuss with your clinician",
        "These can help some people with answers like yours, depending on what a clinician finds.",
    ),
    (
        Tier::NotAdvised,
        "Usually avoided for answers like yours",
        "Clinicians usually avoid or postpone these for answers like yours, for the reasons given.",
    ),
];

pub const LEVEL_HEADINGS: [(Level, &str); 3] = [
    (Level::Defer, "Usually wait until this is resolved"),
    (Level::Discuss, "Raise this with your clinician"),
    (Level::Info, "Good to know"),
];

pub fn tier_heading(tier: Tier) -> &'static str {
    TIER_HEADINGS
        .iter()
        .find(|(t, _, _)| *t == tier)
        .map_or("", |(_, h, _)| h)
}

pub fn tier_short(tier: Tier) -> &'static str {
    match tier {
        Tier::Suited => "commonly used",
        Tier::Consider => "may fit",
        Tier::NotAdvised => "usually avoided",
    }
}

pub fn level_heading(level: Level) -> &'static str {
    LEVEL_HEADINGS
        .iter()
        .find(|(l, _)| *l == level)
        .map_or("", |(_, h)| h)
}

pub const NOT_ANSWERED: &str = "Not answered";
pub const TREATMENTS: &str = "Treatments";
pub const NO_TREATMENTS: &str =
    "Your answers did not match any treatment in this guide. A clinician can still assess your skin.";
pub const CAVEATS: &str = "Things to raise with your clinician";
pub const NO_CAVEATS: &str = "Nothing in your answers needs a special mention.";
pub const WHAT_TO_EXPECT: &str = "What to expect";
pub const QUESTIONS_TO_ASK: &str = "Questions to ask your clinician";
pub const WHY: &str = "Why this appears";
pub const SESSIONS: &str = "Sessions";
pub const DOWNTIME: &str = "Recovery time";
pub const EXPECT: &str = "What to expect";
pub const RISKS: &str = "Main risks";
pub const WHAT_IT_IS: &str = "What it is";
pub const DATASET: &str = "Content version";
pub const REVIEWED: &str = "reviewed";
pub const IMPORTANT: &str = "Important";
pub const CHECK_ANSWERS: &str = "Check these answers";
pub const CONFLICTS_INTRO: &str = "Some of your answers do not seem to fit together.";
pub const CONFLICTS_AS_GIVEN: &str =
    "The advice below uses them as you gave them: please check them, or ask your clinician.";
pub const QUESTIONS_INVOLVED: &str = "Questions";
/// The banner that opens every result: what usually means waiting, and
/// answers that do not fit together, before any treatment.
pub const BEFORE_ANYTHING: &str = "Before anything else";

// Reports.

pub const YOUR_ANSWERS: &str = "Your answers";
pub const REFERENCES: &str = "References";
pub const GENERATED: &str = "Generated";
/// The kiosk export's stamp under the handout's title.
pub const REFERENCE_CODE: &str = "Reference code";
pub const WRITTEN: &str = "written";

// Reports with --explain: the rules behind each item.

pub const FROM_RULES: &str = "Rules";
pub const EXPLAIN_ADDED: &str = "added";
/// Never expected: every item comes from some rule.
pub const EXPLAIN_NONE: &str = "No rule found.";

pub fn explain_made(tier: &str) -> String {
    format!("made {tier}")
}

pub fn explain_capped(tier: &str) -> String {
    format!("capped at {tier}")
}

pub fn explain_raised(level: &str) -> String {
    format!("raised at {level}")
}

pub fn explain_by_rule(what: &str, rule: usize, line: Option<usize>) -> String {
    match line {
        Some(l) => format!("{what} by rule {rule} (line {l})"),
        None => format!("{what} by rule {rule}"),
    }
}

pub fn explain_intro(file: &str) -> String {
    format!("Where the advice comes from: rule numbers and lines refer to {file}.")
}

// Full-screen app.

pub const WELCOME_TITLE: &str = "Welcome";
pub const WELCOME_WHAT: &str = "Answer a few short questions about your scars, your skin and your health. You will then see which treatments are commonly used for answers like yours, which are usually avoided and why, what to expect, and what to ask a clinician.";
pub const MOVING_AROUND: &str = "How to move around";
pub const WELCOME_PLAIN: &str =
    "Using a screen reader? Run scarguide plain for the same questions, one line at a time.";
pub const START: &str = "Start";
pub const BACK: &str = "Back";
pub const NEXT: &str = "Next";
pub const SEE_RESULTS: &str = "See my results";
pub const START_OVER: &str = "Start over";
pub const HELP: &str = "Help";
pub const QUIT: &str = "Quit";
pub const STAY: &str = "Stay";
pub const CLOSE: &str = "Close";
pub const QUESTION: &str = "Question";
pub const OF: &str = "of";
pub const REVIEW: &str = "Review your answers";
pub const REVIEW_INTRO: &str =
    "Check your answers. Choose one to change it, or go on to see your results.";
pub const RESULTS: &str = "Your results";
/// The review's box when answers do not fit together.
pub const CONFLICTS_HINT: &str = "Change one of these, or go on to your results anyway.";
/// What a list's sign says is cut off: "3 more" (items), or just "more".
pub fn more(n: usize) -> String {
    match n {
        0 => "more".to_string(),
        n => format!("{n} more"),
    }
}

/// The results' sign: "12 more lines".
pub fn more_lines(n: usize) -> String {
    match n {
        1 => "1 more line".to_string(),
        n => format!("{n} more lines"),
    }
}
pub const NEEDS_ANSWER: &str = "Please choose an answer to go on.";
pub const NEEDS_ANSWERS_FIRST: &str =
    "Please answer this question first; it is needed for your results.";
pub const QUESTION_HELP_HINT: &str = "Press ? for help with this question.";
pub const OPTIONAL: &str = "(optional: Tab skips it)";
pub const QUIT_ASK: &str = "Quit? Your answers will be lost.";

/// Once the handout is saved, quitting loses nothing written down.
pub fn quit_saved(path: &str) -> String {
    format!("Quit? Your summary is saved in {path}")
}

/// The results' one line of disclaimer; `i` shows it in full.
pub const DISCLAIMER_SHORT: &str = "This is education, not a diagnosis. Press i to read more.";
pub const DISCLAIMER_CLOSE: &str = "i, Esc or Enter closes this.";
pub const START_OVER_ASK: &str = "Start over? Your answers will be cleared.";
pub const KEYS: &str = "Keys";
pub const HELP_CLOSE: &str = "Esc, Enter or F1 closes this help.";
/// How to close a box, on its bottom border.
pub const QUESTION_HELP_CLOSE: &str = "? or Esc closes";
pub const DIALOG_CLOSE: &str = "Esc closes";
pub const SENT_CLOSE: &str = "Enter or Esc closes";

/// The key list's hint when the window is too short for all of it.
pub fn help_more(up_down: &str) -> String {
    format!("{up_down} for more keys. Esc, Enter or F1 closes.")
}
pub const NO_NOTES: &str = "Nothing more to add for answers like yours.";
pub const NO_QUESTIONS: &str =
    "Ask your clinician which treatments suit your skin, how many sessions you may need, and what results to expect.";
pub const CAVEATS_TAB: &str = "Caveats";
pub const QUESTIONS_TAB: &str = "Questions to ask";
pub const COMPARE_TAB: &str = "Compare";
pub const ABOUT_TAB: &str = "About";
pub const EXPECT_TAB_SHORT: &str = "Expect";
pub const ASK_TAB_SHORT: &str = "Ask";
pub const OPEN_HINT: &str = "Enter opens or closes a treatment.";

/// How long the interview takes. `fewest..=most` questions: some are
/// asked only after certain answers, and progress counts them once shown.
pub fn minutes(fewest: usize, most: usize) -> String {
    let m = most.div_ceil(2).max(1);
    let count = if most > fewest {
        format!("{fewest} or {most}")
    } else {
        fewest.to_string()
    };
    format!("It takes about {m} minutes: {count} short questions, one per screen.")
}

pub fn progress(n: usize, total: usize) -> String {
    format!("{QUESTION} {n} {OF} {total}")
}

pub fn too_small(w: u16, h: u16, times: &str) -> String {
    format!("Please make the window larger (now {w}{times}{h}, needs 60{times}18)")
}

pub fn version(version: &str, reviewed: &str) -> String {
    format!("{DATASET} {version}, {REVIEWED} {reviewed}")
}

/// Every key, for the help overlay: (keys, what they do). `ud`/`lr` are the
/// arrow glyphs of the theme.
pub fn key_list(ud: &str, lr: &str) -> Vec<(String, &'static str)> {
    vec![
        (format!("{ud}  k j"), "Move up and down"),
        ("1-9".into(), "Choose that option (several: toggle it)"),
        ("Space".into(), "Choose or toggle the highlighted option"),
        ("Enter".into(), "Confirm and go on; open a treatment"),
        ("Tab".into(), "Go on without choosing an answer"),
        ("Backspace  Esc".into(), "Go back (never loses answers)"),
        ("?".into(), "Show or hide a question's help"),
        (format!("Tab  Shift-Tab  {lr}"), "Results: switch section"),
        (lr.to_string(), "In a box: the other button"),
        (
            "PgUp PgDn Home End".into(),
            "Scroll the results or a long help (also the wheel)",
        ),
        ("r".into(), "Results: start over"),
        ("i".into(), "Results: read the notice in full"),
        ("F1".into(), "This list of keys"),
        ("q  Ctrl-C".into(), "Quit (asks first)"),
        ("Mouse".into(), "Click an option or a button"),
    ]
}

/// Shorter words for key hints, used when a narrow window cannot show the
/// full ones (whole hints are dropped from the end after that).
pub const KEY_HINTS_SHORT: &[(&str, &str)] = &[
    ("1-9/Space choose", "1-9 choose"),
    ("Backspace back", "Esc back"),
    ("Enter change/go on", "Enter change"),
    ("Tab section", "Tab"),
    ("r start over", "r restart"),
];

pub fn question_keys(ud: &str) -> String {
    format!("{ud} move  1-9/Space choose  Enter next  Backspace back  ? help  q quit")
}

pub fn review_keys(ud: &str) -> String {
    format!("{ud} move  Enter change/go on  Backspace back  F1 keys  q quit")
}

pub fn results_keys(ud: &str) -> String {
    format!("Tab section  {ud} move  Enter open  PgUp/PgDn scroll  r start over  q quit")
}

pub const WELCOME_KEYS: &str = "Enter start  F1 keys  q quit";

// Full-screen app: saving, sending and finishing from the results.

pub const SEND: &str = "Send my summary to staff";
pub const FINISHED: &str = "I'm finished";
pub const SAVE: &str = "Save";
pub const KEY_SAVE: &str = "Results: save the summary to a file";
pub const KEY_SEND: &str = "Results: send my summary to staff";
pub const KEY_FINISHED: &str = "Results: I'm finished (clears everything)";

pub fn send_failed(why: &str) -> String {
    format!(
        "Your summary could not be sent: {why}. Please tell the desk; you can try again with s."
    )
}

pub fn saved_to(path: &str) -> String {
    format!("Your summary is saved in {path}")
}

/// After the screen is put back, so the path stays in the terminal.
pub fn saved_after(path: &str) -> String {
    format!("scarguide: your summary was saved in {path}")
}

pub fn save_failed(why: &str) -> String {
    format!("Could not save the summary: {why}")
}

// Kiosk: the staff PIN and menu, "Still there?", the code of a sent summary.

pub const OK: &str = "OK";
pub const STAFF_TITLE: &str = "Staff";
pub const PIN_ASK: &str = "Type the staff PIN, then press Enter.";
pub const PIN_HINT: &str = "Esc closes this box.";
pub const PIN_HINT_BACK: &str = "Enter or Esc goes back to the staff menu.";
pub const STAFF_MENU: &str = "Staff menu";
pub const STAFF_MENU_HINT: &str = "Up/Down and Enter, or a number. Esc closes.";
pub const STAFF_RESET: &str = "Reset this session (clears the answers)";
pub const STAFF_SUMMARIES: &str = "Summaries: find, print, collect, delete";
pub const STAFF_END: &str = "End the kiosk";
pub const STAFF_CLOSE: &str = "Back to the patient's screen";
pub const NO_EXPORT_DIR: &str =
    "Summaries are not being written: the kiosk was started without --export-dir.";
pub const STILL_THERE: &str = "Still there?";
pub const ANY_KEY: &str = "Press any key or touch the screen to go on.";
pub const SENT_TITLE: &str = "Summary sent";
pub const SENT_INTRO: &str = "Your reference code is:";
pub const SENT_GIVE: &str =
    "Please give this code to the desk. Staff will use it to find your summary. It holds no name.";

pub fn pin_wrong(tries_left: u32) -> String {
    let tries = if tries_left == 1 { "try" } else { "tries" };
    format!("That PIN is not right. {tries_left} {tries} left.")
}

pub fn pin_locked(seconds: u64) -> String {
    format!("Too many wrong PINs. Try again in {seconds} s.")
}

pub fn is_lock_note(note: &str) -> bool {
    note.starts_with("Too many wrong PINs")
}

pub fn still_there(seconds: u64) -> String {
    format!(
        "For your privacy, your answers will be cleared in {seconds} s so the next person cannot see them."
    )
}

pub fn your_code(code: &str) -> String {
    let spaced: Vec<String> = code.chars().map(String::from).collect();
    format!("Code: {}", spaced.join(" "))
}
