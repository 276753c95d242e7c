//! Plain mode's own words: everything it says that is not clinical content.
//! Written to be heard: short sentences, no symbols a screen reader would
//! spell out, one instruction at a time.
use crate::{texts, tr};

/// The first line of the introduction, after the dataset's title: what
/// this is. `count` reads like "7 or 8".
pub fn intro_what(title: &str, count: &str) -> String {
    tr!("plain-intro-what", title = title, count = count)
}

// The second line of the introduction: how to answer.
texts!(intro_how, "plain-intro-how");

texts!(answer, "plain-answer");
texts!(keys, "plain-keys");
texts!(review_keys, "plain-review-keys");
texts!(why_we_ask, "plain-why-we-ask");
texts!(optional_skip, "plain-optional-skip");
texts!(optional, "plain-optional");
texts!(chosen, "plain-chosen");
texts!(you_chose, "plain-you-chose");
texts!(skipped, "plain-skipped");
texts!(first_question, "plain-first-question");
texts!(needs_answer, "plain-needs-answer");
texts!(too_long, "plain-too-long");
texts!(quit_ask, "plain-quit-ask");

texts!(one, "plain-one");
texts!(several, "plain-several");
texts!(or_keep, "plain-or-keep");

pub fn no_answer(n: usize) -> String {
    tr!("plain-no-answer", n = n)
}

pub fn range_one(n: usize) -> String {
    tr!("plain-range-one", n = n)
}

pub fn range_several(n: usize) -> String {
    tr!("plain-range-several", n = n)
}

texts!(only_one, "plain-only-one");

pub fn alone(labels: &str) -> String {
    tr!("plain-alone", labels = labels)
}

pub fn not_a_number(word: &str) -> String {
    tr!("plain-not-a-number", word = word)
}

// The answers so far (`r` during the interview) and the review.

texts!(so_far, "plain-so-far");
texts!(review, "plain-review");
texts!(no_answers_yet, "plain-no-answers-yet");
// An optional question passed over, in a list of answers.
texts!(skipped_list, "plain-skipped-list");
texts!(go_on, "plain-go-on");

pub fn next(n: usize, title: &str) -> String {
    tr!("plain-next", n = n, title = title)
}

texts!(so_far_ask, "plain-so-far-ask");

pub fn so_far_range(last: usize) -> String {
    tr!("plain-so-far-range", last = last)
}

pub fn answer_first(n: usize, title: &str) -> String {
    tr!("plain-answer-first", n = n, title = title)
}

texts!(review_ask, "plain-review-ask");

pub fn review_range(last: usize) -> String {
    tr!("plain-review-range", last = last)
}

// The check for answers that do not fit together.

texts!(conflicts_ask, "plain-conflicts-ask");
texts!(conflicts_keys, "plain-conflicts-keys");

// The results.

texts!(results, "plain-results");
texts!(raise_first, "plain-raise-first");
texts!(check_answer, "plain-check-answer");
texts!(commonly_used, "plain-commonly-used");
texts!(may_fit, "plain-may-fit");
texts!(usually_avoided, "plain-usually-avoided");
texts!(details_follow, "plain-details-follow");
texts!(time_to_heal, "plain-time-to-heal");

/// Instead of reading out every citation and link.
pub fn sources(count: usize) -> String {
    tr!("plain-sources", count = count)
}
texts!(questions_about, "plain-questions-about");

// Saving the handout at the end.

pub fn save_ask(default: &str) -> String {
    tr!("plain-save-ask", default = default)
}

pub fn saved(path: &str) -> String {
    tr!("plain-saved", path = path)
}

pub fn save_failed(path: &str, why: &str) -> String {
    tr!("plain-save-failed", path = path, why = why)
}

texts!(not_saved, "plain-not-saved");
