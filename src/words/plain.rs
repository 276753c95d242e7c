//! Plain mode's own words: everything it says that is not clinical content.
//! Written to be heard: short sentences, no symbols a screen reader would
//! spell out, one instruction at a time.

/// The first line of the introduction, after the dataset's title: what
/// this is. `count` reads like "7 or 8".
pub fn intro_what(title: &str, count: &str) -> String {
    format!(
        "{title}. {count} short questions about your scars, your skin and your health, then your results."
    )
}

/// The second line of the introduction: how to answer.
pub const INTRO_HOW: &str =
    "To answer, type a number and press Enter. Type ? to hear why we ask a question.";

pub const ANSWER: &str = "Answer:";
pub const KEYS: &str = "Other keys: ? help, b back, r review, q quit.";
pub const REVIEW_KEYS: &str = "Other keys: b back, q quit.";
pub const WHY_WE_ASK: &str = "Why we ask";
pub const OPTIONAL_SKIP: &str = "This question is optional: press Enter to skip it.";
pub const OPTIONAL: &str = "This question is optional.";
pub const CHOSEN: &str = "(chosen)";
pub const YOU_CHOSE: &str = "You chose";
pub const SKIPPED: &str = "Skipped.";
pub const FIRST_QUESTION: &str = "This is the first question.";
pub const NEEDS_ANSWER: &str = "This question needs an answer.";
pub const TOO_LONG: &str = "That line is too long to be an answer.";
pub const QUIT_ASK: &str =
    "Quit without seeing your results? Type y to quit, or press Enter to go on.";

pub const ONE: &str = "Type the number of your answer";
pub const SEVERAL: &str = "Type the numbers of all that apply, separated by spaces";
pub const OR_KEEP: &str = ", or press Enter to keep it";

pub fn no_answer(n: usize) -> String {
    format!("There is no answer {n}.")
}

pub fn range_one(n: usize) -> String {
    format!("Type a number from 1 to {n}.")
}

pub fn range_several(n: usize) -> String {
    format!("Type one or more numbers from 1 to {n}, separated by spaces.")
}

pub const ONLY_ONE: &str = "Choose only one answer for this question.";

pub fn alone(labels: &str) -> String {
    format!("{labels} cannot be combined with other answers. Type its number alone, or the numbers of the others.")
}

pub fn not_a_number(word: &str) -> String {
    format!("\"{word}\" is not a number.")
}

// The answers so far (`r` during the interview) and the review.

pub const SO_FAR: &str = "Your answers so far";
pub const REVIEW: &str = "Review your answers";
pub const NO_ANSWERS_YET: &str = "No answers yet.";
/// An optional question passed over, in a list of answers.
pub const SKIPPED_LIST: &str = "Skipped";
pub const GO_ON: &str = "Press Enter to go on.";

pub fn next(n: usize, title: &str) -> String {
    format!("Next: question {n}, {title}.")
}

pub const SO_FAR_ASK: &str =
    "Type a number from the list to change that answer, or press Enter to go on.";

pub fn so_far_range(last: usize) -> String {
    format!("Type a number from 1 to {last} to change that answer, or press Enter to go on.")
}

pub fn answer_first(n: usize, title: &str) -> String {
    format!("Question {n}, {title}, needs an answer first.")
}

pub const REVIEW_ASK: &str =
    "Type a number to change that answer, or press Enter to see your results.";

pub fn review_range(last: usize) -> String {
    format!("Type one number from 1 to {last} to change that answer, or press Enter to see your results.")
}

// The check for answers that do not fit together.

pub const CONFLICTS_ASK: &str = "Type the number or name of a question to change your answer, or press Enter to see your results anyway.";
pub const CONFLICTS_KEYS: &str = "Other keys: ? repeat, b back, q quit.";

// The results.

pub const RESULTS: &str = "Your results";
pub const RAISE_FIRST: &str = "Raise these first with a clinician:";
pub const CHECK_ANSWER: &str = "Check your answers";
pub const COMMONLY_USED: &str = "Commonly used";
pub const MAY_FIT: &str = "May fit";
pub const USUALLY_AVOIDED: &str = "Usually avoided";
pub const DETAILS_FOLLOW: &str = "The details follow, one section at a time.";
pub const TIME_TO_HEAL: &str = "Time to heal";

/// Instead of reading out every citation and link.
pub fn sources(count: usize) -> String {
    format!("The printable handout lists the {count} sources behind these results.")
}
pub const QUESTIONS_ABOUT: &str = "About";

// Saving the handout at the end.

pub fn save_ask(default: &str) -> String {
    format!(
        "Save these results to a file? Type y to save them in this folder as {default}, or type another file name. Press Enter to finish without saving."
    )
}

pub fn saved(path: &str) -> String {
    format!("Saved to {path}")
}

pub fn save_failed(path: &str, why: &str) -> String {
    format!("Could not save to {path}: {why}. Type another file name, or press Enter to finish without saving.")
}

pub const NOT_SAVED: &str = "Not saved.";
