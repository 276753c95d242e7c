//! A kiosk export's own reference code and time, written into both files
//! so a summary found on its own (printed, mailed, copied) still says
//! which code it is and when it was written.

use serde_json::{Map, Value};

use crate::words;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    pub code: String,
    /// RFC 3339 with the local offset, to the second.
    pub created: String,
}

impl Stamp {
    /// The code with the current local time.
    pub fn now(code: &str) -> Stamp {
        let created = jiff::Zoned::now()
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string();
        Stamp {
            code: code.to_string(),
            created,
        }
    }

    /// "2026-11-30 03:04" from the RFC 3339 time, for people.
    pub fn when(&self) -> String {
        readable_time(&self.created)
    }
}

/// The first 16 characters of an RFC 3339 time with the `T` as a space;
/// anything else is shown as it is.
pub fn readable_time(rfc3339: &str) -> String {
    match rfc3339.get(..16) {
        Some(head) if rfc3339.as_bytes().get(10) == Some(&b'T') => head.replacen('T', " ", 1),
        _ => rfc3339.to_string(),
    }
}

/// The handout with a line naming its code and time under the title.
pub fn markdown(md: &str, stamp: &Stamp) -> String {
    let line = format!(
        "**{}: {}** · {} {}\n\n",
        words::reference_code(),
        stamp.code,
        words::written(),
        stamp.when()
    );
    // Under the "# title" line and its blank line, when there is one.
    let at = md
        .starts_with("# ")
        .then(|| md.find("\n\n").map(|i| i + 2))
        .flatten()
        .unwrap_or(0);
    let (head, rest) = md.split_at(at);
    format!("{head}{line}{rest}")
}

/// The report JSON with `code` and `created` first (additive fields; every
/// other field keeps its place and meaning). Not an object: an error.
pub fn json(json: &str, stamp: &Stamp) -> Result<String, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let Value::Object(fields) = value else {
        return Err("the report is not a JSON object".to_string());
    };
    let mut out = Map::new();
    out.insert("code".into(), Value::String(stamp.code.clone()));
    out.insert("created".into(), Value::String(stamp.created.clone()));
    for (k, v) in fields {
        if k != "code" && k != "created" {
            out.insert(k, v);
        }
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(out)).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp() -> Stamp {
        Stamp {
            code: "K7QM4".into(),
            created: "2026-11-30T09:15:02+01:00".into(),
        }
    }

    #[test]
    fn the_handout_names_its_code_and_time_under_the_title() {
        let md = "# Title\n\nGenerated: today\n\n## Answers\n";
        let out = markdown(md, &stamp());
        assert_eq!(
            out,
            "# Title\n\n**Reference code: K7QM4** · written 2026-11-30 09:15\n\nGenerated: today\n\n## Answers\n"
        );
        // Without a title the line comes first rather than being lost.
        assert!(markdown("plain", &stamp()).starts_with("**Reference code: K7QM4**"));
    }

    #[test]
    fn the_json_gains_code_and_created_and_keeps_the_rest_in_order() {
        let out = json(
            "{\"dataset\": 1, \"answers\": {}, \"code\": \"old\"}",
            &stamp(),
        )
        .unwrap();
        let v: Value = serde_json::from_str(&out).unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["code", "created", "dataset", "answers"]);
        assert_eq!(v["code"], "K7QM4");
        let created = v["created"].as_str().unwrap();
        assert!(created.parse::<jiff::Timestamp>().is_ok(), "{created}");
        assert!(json("[1]", &stamp()).is_err());
        assert!(json("not json", &stamp()).is_err());
    }

    #[test]
    fn now_is_rfc3339_to_the_second() {
        let s = Stamp::now("ABCDE");
        assert!(
            s.created.parse::<jiff::Timestamp>().is_ok(),
            "{}",
            s.created
        );
        assert_eq!(s.created.len(), "2026-11-30T09:15:02+01:00".len());
        assert_eq!(readable_time("nonsense"), "nonsense");
    }
}
