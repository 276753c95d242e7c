//! The program's own fixed words (not clinical content, which lives in the
//! dataset), in one place so a translation is one change. In sections: what
//! the reports and the full-screen app share, the reports' own, the
//! full-screen app's own, and the kiosk's.

pub mod decision;
pub mod desk;
pub mod plain;

use crate::dataset::{Level, Tier};
use crate::i18n::t;
use crate::{texts, tr};

// Shared: headings and labels of the reports, the full-screen app and plain
// mode.

pub fn tier_headings() -> [(Tier, &'static str, &'static str); 3] {
    [
        (Tier::Suited, t("tier-suited"), t("tier-suited-intro")),
        (Tier::Consider, t("tier-consider"), t("tier-consider-intro")),
        (
            Tier::NotAdvised,
            t("tier-not-advised"),
            t("tier-not-advised-intro"),
        ),
    ]
}

pub fn level_headings() -> [(Level, &'static str); 3] {
    [
        (Level::Defer, t("level-defer")),
        (Level::Discuss, t("level-discuss")),
        (Level::Info, t("level-info")),
    ]
}

pub fn tier_heading(tier: Tier) -> &'static str {
    tier_headings()
        .iter()
        .find(|(t, _, _)| *t == tier)
        .map_or("", |(_, h, _)| h)
}

pub fn tier_short(tier: Tier) -> &'static str {
    match tier {
        Tier::Suited => t("tier-short-suited"),
        Tier::Consider => t("tier-short-consider"),
        Tier::NotAdvised => t("tier-short-not-advised"),
    }
}

pub fn level_heading(level: Level) -> &'static str {
    level_headings()
        .iter()
        .find(|(l, _)| *l == level)
        .map_or("", |(_, h)| h)
}

texts!(not_answered, "not-answered");
texts!(treatments, "treatments");
texts!(no_treatments, "no-treatments");
texts!(caveats, "caveats");
texts!(no_caveats, "no-caveats");
texts!(what_to_expect, "what-to-expect");
texts!(questions_to_ask, "questions-to-ask");
texts!(why, "why");
texts!(sessions, "sessions");
texts!(downtime, "downtime");
texts!(expect, "expect");
texts!(risks, "risks");
texts!(what_it_is, "what-it-is");
texts!(dataset, "dataset");
texts!(reviewed, "reviewed");
texts!(important, "important");
texts!(check_answers, "check-answers");
texts!(conflicts_intro, "conflicts-intro");
texts!(conflicts_as_given, "conflicts-as-given");
texts!(questions_involved, "questions-involved");
// The banner that opens every result: what usually means waiting, and
// answers that do not fit together, before any treatment.
texts!(before_anything, "before-anything");

// Reports.

texts!(your_answers, "your-answers");
texts!(references, "references");
texts!(generated, "generated");
// The kiosk export's stamp under the handout's title.
texts!(reference_code, "reference-code");
texts!(written, "written");

// Reports with --explain: the rules behind each item.

texts!(from_rules, "from-rules");
texts!(explain_added, "explain-added");
// Never expected: every item comes from some rule.
texts!(explain_none, "explain-none");

pub fn explain_made(tier: &str) -> String {
    tr!("explain-made", tier = tier)
}

pub fn explain_capped(tier: &str) -> String {
    tr!("explain-capped", tier = tier)
}

pub fn explain_raised(level: &str) -> String {
    tr!("explain-raised", level = level)
}

pub fn explain_by_rule(what: &str, rule: usize, line: Option<usize>) -> String {
    match line {
        Some(l) => tr!("explain-by-rule-line", what = what, rule = rule, line = l),
        None => tr!("explain-by-rule", what = what, rule = rule),
    }
}

pub fn explain_intro(file: &str) -> String {
    tr!("explain-intro", file = file)
}

// Full-screen app.

texts!(welcome_title, "welcome-title");
texts!(welcome_what, "welcome-what");
texts!(moving_around, "moving-around");
texts!(welcome_plain, "welcome-plain");
texts!(start, "start");
texts!(back, "back");
texts!(next, "next");
texts!(see_results, "see-results");
texts!(start_over, "start-over");
texts!(help, "help");
texts!(quit, "quit");
texts!(stay, "stay");
texts!(close, "close");
texts!(review, "review");
texts!(review_intro, "review-intro");
texts!(results, "results");
// The review's box when answers do not fit together.
texts!(conflicts_hint, "conflicts-hint");
/// What a list's sign says is cut off: "3 more" (items), or just "more".
pub fn more(n: usize) -> String {
    tr!("more", n = n)
}

/// The results' sign: "12 more lines".
pub fn more_lines(n: usize) -> String {
    tr!("more-lines", n = n)
}
texts!(needs_answer, "needs-answer");
texts!(needs_answers_first, "needs-answers-first");
texts!(question_help_hint, "question-help-hint");
texts!(optional, "optional");
texts!(quit_ask, "quit-ask");

/// Once the handout is saved, quitting loses nothing written down.
pub fn quit_saved(path: &str) -> String {
    tr!("quit-saved", path = path)
}

// The results' one line of disclaimer; `i` shows it in full.
texts!(disclaimer_short, "disclaimer-short");
texts!(disclaimer_close, "disclaimer-close");
texts!(start_over_ask, "start-over-ask");
texts!(keys, "keys");
texts!(help_close, "help-close");
// How to close a box, on its bottom border.
texts!(question_help_close, "question-help-close");
texts!(dialog_close, "dialog-close");
texts!(sent_close, "sent-close");

/// The key list's hint when the window is too short for all of it.
pub fn help_more(up_down: &str) -> String {
    tr!("help-more", updown = up_down)
}
texts!(no_notes, "no-notes");
texts!(no_questions, "no-questions");
texts!(caveats_tab, "caveats-tab");
texts!(questions_tab, "questions-tab");
texts!(compare_tab, "compare-tab");
texts!(about_tab, "about-tab");
texts!(expect_tab_short, "expect-tab-short");
texts!(ask_tab_short, "ask-tab-short");
texts!(open_hint, "open-hint");

/// How long the interview takes. `fewest..=most` questions: some are
/// asked only after certain answers, and progress counts them once shown.
pub fn minutes(fewest: usize, most: usize) -> String {
    let m = most.div_ceil(2).max(1);
    let count = if most > fewest {
        tr!("minutes-range", fewest = fewest, most = most)
    } else {
        fewest.to_string()
    };
    tr!("minutes", minutes = m, count = count)
}

pub fn progress(n: usize, total: usize) -> String {
    tr!("progress", n = n, total = total)
}

pub fn too_small(w: u16, h: u16, times: &str) -> String {
    tr!("too-small", w = w, h = h, times = times)
}

pub fn version(version: &str, reviewed: &str) -> String {
    tr!("version", version = version, reviewed = reviewed)
}

/// Every key, for the help overlay: (keys, what they do). `ud`/`lr` are the
/// arrow glyphs of the theme.
pub fn key_list(ud: &str, lr: &str) -> Vec<(String, &'static str)> {
    vec![
        (format!("{ud}  k j"), t("key-move")),
        ("1-9".into(), t("key-number")),
        (t("key-space-name").into(), t("key-space")),
        ("Enter".into(), t("key-enter")),
        ("Tab".into(), t("key-tab")),
        ("Backspace  Esc".into(), t("key-back")),
        ("?".into(), t("key-help")),
        (format!("Tab  Shift-Tab  {lr}"), t("key-section")),
        (lr.to_string(), t("key-button")),
        ("PgUp PgDn Home End".into(), t("key-scroll")),
        ("r".into(), t("key-restart")),
        ("i".into(), t("key-notice")),
        ("F1".into(), t("key-keys")),
        ("q  Ctrl-C".into(), t("key-quit")),
        (t("key-mouse-name").into(), t("key-mouse")),
    ]
}

/// Shorter words for key hints, used when a narrow window cannot show the
/// full ones (whole hints are dropped from the end after that).
pub fn key_hints_short() -> [(&'static str, &'static str); 5] {
    [
        (t("hint-choose"), t("hint-choose-short")),
        (t("hint-back"), t("hint-back-short")),
        (t("hint-change"), t("hint-change-short")),
        (t("hint-section"), t("hint-section-short")),
        (t("hint-restart"), t("hint-restart-short")),
    ]
}

pub fn question_keys(ud: &str) -> String {
    tr!("question-keys", updown = ud)
}

pub fn review_keys(ud: &str) -> String {
    tr!("review-keys", updown = ud)
}

pub fn results_keys(ud: &str) -> String {
    tr!("results-keys", updown = ud)
}

texts!(welcome_keys, "welcome-keys");

// Full-screen app: saving, sending and finishing from the results.

texts!(send, "send");
texts!(finished, "finished");
texts!(save, "save");
texts!(key_save, "key-save");
texts!(key_send, "key-send");
texts!(key_finished, "key-finished");

pub fn send_failed(why: &str) -> String {
    tr!("send-failed", why = why)
}

pub fn saved_to(path: &str) -> String {
    tr!("saved-to", path = path)
}

/// After the screen is put back, so the path stays in the terminal.
pub fn saved_after(path: &str) -> String {
    tr!("saved-after", path = path)
}

pub fn save_failed(why: &str) -> String {
    tr!("save-failed", why = why)
}

// Kiosk: the staff PIN and menu, "Still there?", the code of a sent summary.

texts!(ok, "ok");
texts!(staff_title, "staff-title");
texts!(pin_ask, "pin-ask");
texts!(pin_hint, "pin-hint");
texts!(pin_hint_back, "pin-hint-back");
texts!(staff_menu, "staff-menu");
texts!(staff_menu_hint, "staff-menu-hint");
texts!(staff_reset, "staff-reset");
texts!(staff_summaries, "staff-summaries");
texts!(staff_end, "staff-end");
texts!(staff_close, "staff-close");
texts!(no_export_dir, "no-export-dir");
texts!(still_there_title, "still-there");
texts!(any_key, "any-key");
texts!(sent_title, "sent-title");
texts!(sent_intro, "sent-intro");
texts!(sent_give, "sent-give");

pub fn pin_wrong(tries_left: u32) -> String {
    tr!("pin-wrong", n = tries_left)
}

pub fn pin_locked(seconds: u64) -> String {
    tr!("pin-locked", seconds = seconds)
}

pub fn is_lock_note(note: &str) -> bool {
    // The message up to its number, in whatever language it was written.
    let probe = pin_locked(0);
    let stem = probe
        .split(|c: char| c.is_ascii_digit())
        .next()
        .unwrap_or("");
    !stem.is_empty() && note.starts_with(stem)
}

pub fn still_there(seconds: u64) -> String {
    tr!("still-there-clear", seconds = seconds)
}

pub fn your_code(code: &str) -> String {
    let spaced: Vec<String> = code.chars().map(String::from).collect();
    tr!("your-code", code = spaced.join(" "))
}
