//! `--format fhir-bundle`: the QuestionnaireResponse and the Markdown
//! handout (a DocumentReference with a base64 attachment) in one
//! collection Bundle, for systems that file documents, not forms.

use serde_json::json;

use crate::advice::Advice;
use crate::dataset::Dataset;

/// `handout` is the Markdown the person takes to the clinician.
pub fn bundle_json(data: &Dataset, advice: &Advice, authored: &str, handout: &str) -> String {
    let response = super::response::build(data, advice, authored, None);
    // Entries reference each other by urn:uuid; fresh ones per bundle.
    let (rid, did) = (uuid(), uuid());
    let document = json!({
        "resourceType": "DocumentReference",
        "status": "current",
        "docStatus": "final",
        "type": { "text": "Patient education handout (acne scar treatments)" },
        "date": authored,
        "description": format!("{} (version {})", data.meta.title, data.meta.version),
        "content": [{
            "attachment": {
                "contentType": "text/markdown; charset=utf-8",
                "language": "en",
                "data": base64(handout.as_bytes()),
                "title": "scarguide summary",
                "creation": authored,
            }
        }],
        "context": { "related": [{ "reference": rid }] },
    });
    super::pretty(&json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": authored,
        "entry": [
            { "fullUrl": rid, "resource": response },
            { "fullUrl": did, "resource": document },
        ],
    }))
}

/// A random (version 4) UUID as a URN; all zeros if no randomness is to be had.
fn uuid() -> String {
    let mut b = [0u8; 16];
    if getrandom::fill(&mut b).is_ok() {
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
    }
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    let part = |r: std::ops::Range<usize>| hex.get(r).unwrap_or("");
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        part(0..8),
        part(8..12),
        part(12..16),
        part(16..20),
        part(20..32)
    )
}

/// Standard base64 with padding (RFC 4648), for the attachment.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let sym = |i: u32| char::from(ALPHABET[(i & 63) as usize]);
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        out.push(sym(n >> 18));
        out.push(sym(n >> 12));
        out.push(if chunk.len() > 1 { sym(n >> 6) } else { '=' });
        out.push(if chunk.len() > 2 { sym(n) } else { '=' });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (input, want) in cases {
            assert_eq!(base64(input.as_bytes()), want, "{input:?}");
        }
    }
}
