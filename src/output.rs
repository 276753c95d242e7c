//! Small helpers for what goes out of the program (stdout, the date, the
//! NO_COLOR setting), shared by the commands and the full-screen app.

use std::io::Write;

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a panic.
pub fn write_stdout(text: &str) -> i32 {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            crate::say!("scarguide: cannot write the output: {e}");
            1
        }
    }
}

/// NO_COLOR set to anything but the empty string turns colour off.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Today's date in the local time zone, YYYY-MM-DD.
pub fn today() -> String {
    jiff::Zoned::now().date().to_string()
}
