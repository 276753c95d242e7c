//! FNV-1a (64 bits): a short, stable name for a text. The rule book ties a
//! signature to the dataset file with it; translations tie each translated
//! text to the English it was made from. Not a security measure.

/// FNV-1a 64 of the text's UTF-8 bytes.
pub fn fnv1a64(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// [`fnv1a64`] in 16 hex digits.
pub fn fingerprint(text: &str) -> String {
    format!("{:016x}", fnv1a64(text))
}

/// The first 8 hex digits of [`fingerprint`]: what a translation's `from`
/// holds for the English text it was made from.
pub fn short(text: &str) -> String {
    format!("{:08x}", fnv1a64(text) >> 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_of_fnv1a_64() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
        assert_eq!(fingerprint("foobar"), "85944171f73967e8");
    }

    #[test]
    fn short_is_the_first_eight_digits() {
        for text in ["", "a", "Tipos de cicatriz", "Scar types"] {
            assert_eq!(short(text), fingerprint(text)[..8]);
        }
    }
}
