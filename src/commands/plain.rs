use std::path::Path;

use crate::cli::Format;

pub fn plain(data_path: Option<&Path>, format: Format, save_to: Option<&Path>) -> i32 {
    let _ = (data_path, format, save_to);
    eprintln!("scarguide: plain mode is not built yet");
    1
}
