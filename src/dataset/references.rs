//! Warnings about references a reader could not follow: no link, a link
//! that is not https, or a citation that is a placeholder or points at a
//! project file instead of a published source.

use super::load::sanitize;
use super::schema::Dataset;
use super::validate::Severity;

/// Words that mark a citation of the project's own files or sheets, which
/// a patient cannot look up. `.md` and `.ron` count only as file endings.
const INTERNAL: &[&str] = &["assets/", "scarguide", "facts sheet", "this guide"];
const FILE_ENDINGS: &[&str] = &[".md", ".ron"];

/// Validation warnings (severity, path, message), in file order.
pub fn warnings(data: &Dataset) -> Vec<(Severity, String, String)> {
    let mut out = Vec::new();
    for (i, r) in data.references.iter().enumerate() {
        let path = format!("references.{i}");
        let name = format!("reference `{}`", sanitize(&r.id));
        let mut warn = |at: String, message: String| out.push((Severity::Warning, at, message));
        let citation = r.citation.to_lowercase();
        if citation.contains("to be confirmed") {
            warn(
                format!("{path}.citation"),
                format!("{name} says \"to be confirmed\"; complete the citation"),
            );
        }
        if let Some(what) = internal_mention(&citation) {
            warn(
                format!("{path}.citation"),
                format!("{name} cites a project file or internal sheet ({what}); cite the published source"),
            );
        }
        match &r.link {
            None => warn(path.clone(), format!("{name} has no link")),
            Some(link) if !is_https(link) => warn(
                format!("{path}.link"),
                format!("{name} link `{}` is not https://", sanitize(link)),
            ),
            Some(_) => {}
        }
    }
    out
}

/// The first sign in a lower-cased citation that it names a project file.
fn internal_mention(citation: &str) -> Option<&'static str> {
    if let Some(word) = INTERNAL.iter().find(|w| citation.contains(*w)) {
        return Some(word);
    }
    FILE_ENDINGS.iter().copied().find(|ending| {
        citation.match_indices(ending).any(|(at, _)| {
            let next = citation
                .get(at + ending.len()..)
                .and_then(|s| s.chars().next());
            !next.is_some_and(char::is_alphanumeric)
        })
    })
}

fn is_https(link: &str) -> bool {
    link.get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_citations_are_recognised() {
        assert_eq!(internal_mention("see assets/readme.md."), Some("assets/"));
        assert_eq!(internal_mention("notes in facts.md"), Some(".md"));
        assert_eq!(internal_mention("the consultation.ron file"), Some(".ron"));
        assert_eq!(
            internal_mention("scarguide clinical facts sheet"),
            Some("scarguide")
        );
        assert_eq!(
            internal_mention("as summarised for this guide"),
            Some("this guide")
        );
        // Not file endings: an author's initials, a word that goes on.
        assert_eq!(internal_mention("smith j. ronald md. 2001"), None);
        assert_eq!(internal_mention("j am acad dermatol.ronald"), None);
        assert_eq!(
            internal_mention("jacob ci, dover js. acne scarring. 2001."),
            None
        );
    }

    #[test]
    fn only_https_links_pass() {
        assert!(is_https("https://pubmed.ncbi.nlm.nih.gov/1/"));
        assert!(is_https("HTTPS://doi.org/10.1/x"));
        assert!(!is_https("http://example.org/"));
        assert!(!is_https("www.example.org"));
        assert!(!is_https("é"));
    }
}
