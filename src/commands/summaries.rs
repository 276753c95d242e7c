//! `scarguide summaries`: the desk's commands over the export folder.

use std::path::Path;

use crate::cli::Desk;
use crate::desk::{plain, print, Folder, Summary};

pub fn summaries(dir: Option<&Path>, action: &Desk) -> i32 {
    let Some(dir) = dir else {
        crate::say!(
            "scarguide summaries: say which folder with --export-dir DIR (the folder the kiosk writes to)"
        );
        return 2;
    };
    let folder = Folder::new(dir);
    let result = match action {
        Desk::List => list(&folder),
        Desk::Show { code } => find(&folder, code).and_then(|s| show(&folder, &s)),
        Desk::Print { code, printer } => {
            find(&folder, code).and_then(|s| print::summary(&folder, &s, printer.as_deref()))
        }
        Desk::Collect { code } => find(&folder, code).and_then(|s| {
            Ok(match folder.collect(&s)? {
                true => format!("{} is marked as collected.\n", s.code),
                false => format!("{} was already marked as collected.\n", s.code),
            })
        }),
        Desk::Delete { code } => find(&folder, code).and_then(|s| {
            folder.delete(&s)?;
            Ok(format!(
                "{} is deleted ({} files).\n",
                s.code,
                s.files.len()
            ))
        }),
        Desk::Purge { older_than } => purge(&folder, *older_than),
    };
    match result {
        Ok(out) => super::write_stdout(&out),
        Err(e) => {
            crate::say!("scarguide summaries: {e}");
            1
        }
    }
}

fn find(folder: &Folder, typed: &[String]) -> Result<Summary, String> {
    folder.find(&typed.join(""))
}

fn list(folder: &Folder) -> Result<String, String> {
    let all = folder.list()?;
    let dir = folder.dir.display();
    if all.is_empty() {
        return Ok(format!("No summaries in {dir}.\n"));
    }
    let fresh = all.iter().filter(|s| !s.collected).count();
    let mut out = format!(
        "Summaries in {dir}: {} ({fresh} new, {} collected), newest first\n\n{:<8}{:<19}{}\n",
        all.len(),
        all.len() - fresh,
        "CODE",
        "WRITTEN",
        "STATUS"
    );
    for s in &all {
        let status = if s.collected { "collected" } else { "new" };
        out.push_str(&format!("{:<8}{:<19}{status}\n", s.code, s.written()));
    }
    Ok(out)
}

fn show(folder: &Folder, s: &Summary) -> Result<String, String> {
    let md = folder.read_handout(s)?;
    Ok(plain::render(&md, plain::WIDTH))
}

fn purge(folder: &Folder, days: u32) -> Result<String, String> {
    let purged = folder.purge(days, jiff::Timestamp::now())?;
    for (code, why) in &purged.failed {
        crate::say!("scarguide summaries: could not delete {code}: {why}");
    }
    let n = purged.deleted.len();
    let out = match n {
        0 => format!("No summaries older than {days} days.\n"),
        _ => format!(
            "Deleted {n} summar{} older than {days} days: {}\n",
            if n == 1 { "y" } else { "ies" },
            purged.deleted.join(", ")
        ),
    };
    if purged.failed.is_empty() {
        Ok(out)
    } else {
        let _ = super::write_stdout(&out);
        Err(format!("{} could not be deleted", purged.failed.len()))
    }
}
