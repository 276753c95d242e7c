//! A drawn screen as text for snapshots: shared by the render tests.

use ratatui::buffer::Buffer;

/// Each row's symbols, then each row's styles as letters with a legend.
pub fn dump(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    let mut styles: Vec<String> = Vec::new();
    let mut map = String::new();
    const KEYS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &buf[(x, y)];
            out.push_str(cell.symbol());
            let s = cell.style();
            let key = format!("fg={:?} bg={:?} mod={:?}", s.fg, s.bg, s.add_modifier);
            let i = styles.iter().position(|k| *k == key).unwrap_or_else(|| {
                styles.push(key);
                styles.len() - 1
            });
            map.push(char::from(KEYS[i.min(KEYS.len() - 1)]));
        }
        out.push('\n');
        map.push('\n');
    }
    out.push_str("--- styles ---\n");
    out.push_str(&map);
    for (i, s) in styles.iter().enumerate() {
        out.push_str(&format!(
            "{} = {s}\n",
            char::from(KEYS[i.min(KEYS.len() - 1)])
        ));
    }
    out
}
