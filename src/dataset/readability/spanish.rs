//! Reading ease of Spanish text: the Szigriszt-Pazos perspicuity index, read
//! on the INFLESZ scale used for Spanish patient information (Barrio-Cantalejo
//! et al., An Sist Sanit Navar 2008;31(2):135-152): below 40 very hard, 40 to
//! 55 somewhat hard, 55 to 65 normal (about age 12 and up), 65 to 80 fairly
//! easy, above 80 very easy. Flesch-Kincaid does not fit Spanish, whose
//! words have more syllables for the same ease.

/// Texts shorter than this are labels and titles, not running text.
pub const MIN_WORDS: usize = 10;

pub fn words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .count()
}

/// The index: 206.835 − 62.3 × syllables/words − words/sentences. Text
/// without words scores 100 (nothing to read).
pub fn ease(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return 100.0;
    }
    let sentences = text
        .split(['.', '!', '?', ';', ':'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let w = words.len() as f64;
    206.835 - 62.3 * syllables as f64 / w - w / sentences as f64
}

/// The INFLESZ lower bound of "normal": what plain patient text aims at.
pub const NORMAL: f64 = 55.0;
/// Below this, "very hard": a text to rewrite.
pub const VERY_HARD: f64 = 40.0;

/// Syllables of one Spanish word: its vowel nuclei. Two strong vowels
/// (a, e, o, or any accented vowel) side by side are two syllables; a weak
/// vowel (i, u, ü) beside another vowel joins it (diphthong), unless
/// accented. "y" at the end of a word is part of the vowel before it.
pub fn syllables(word: &str) -> usize {
    let lower = word.to_lowercase();
    let mut count = 0;
    let mut prev: Option<char> = None;
    for c in lower.chars() {
        if is_vowel(c) {
            let new_nucleus = match prev {
                Some(p) if is_vowel(p) => is_strong(p) && is_strong(c),
                _ => true,
            };
            if new_nucleus {
                count += 1;
            }
        }
        prev = Some(c);
    }
    count.max(1)
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü'
    )
}

/// Strong for splitting: a, e, o, and accented i or u (país, reír).
fn is_strong(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'í' | 'ó' | 'ú')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_spanish_diphthongs_and_hiatus() {
        for (word, n) in [
            ("murciélago", 4),
            ("ahora", 3),
            ("aire", 2),
            ("país", 2),
            ("reír", 2),
            ("ciudad", 2),
            ("huevo", 2),
            ("leer", 2),
            ("cuidado", 3),
            ("averiguáis", 4),
            ("muy", 1),
            ("tratamiento", 4),
            ("cicatrices", 4),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_read_easier_than_long_learned_ones() {
        let plain = "El sol daña la piel. Use crema solar cada día.";
        let hard = "La hiperpigmentación postinflamatoria constituye una complicación \
                    frecuentemente observada tras procedimientos ablativos en fototipos elevados.";
        assert!(ease(plain) > 80.0, "{}", ease(plain));
        assert!(ease(hard) < VERY_HARD, "{}", ease(hard));
        assert_eq!(ease(""), 100.0);
    }
}
