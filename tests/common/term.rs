//! Starting a program in a pseudo-terminal, and reading a process's CPU
//! time: shared by the end-to-end tests (`common::Pty`) and the session
//! bench, which includes this file by path, so it uses nothing else here.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::process::Command;
use std::sync::mpsc::{self, Receiver};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

/// A program started in a pseudo-terminal; its output arrives in chunks
/// on `output`, read by a thread so the program never blocks on writing.
pub struct Opened {
    pub child: Box<dyn Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub master: Box<dyn MasterPty + Send>,
    pub output: Receiver<Vec<u8>>,
}

/// Starts `program` with TERM=xterm-256color, NO_COLOR unset, and `envs`.
pub fn open(
    program: impl AsRef<OsStr>,
    args: &[&str],
    envs: &[(&str, &str)],
    (rows, cols): (u16, u16),
) -> Opened {
    let program = program.as_ref();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    // English unless a test asks for another language, whatever the
    // machine's own locale.
    cmd.env("LANG", "en_GB.UTF-8");
    for k in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        cmd.env_remove(k);
    }
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let child = pair
        .slave
        .spawn_command(cmd)
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", program.to_string_lossy()));
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("a reader");
    let writer = pair.master.take_writer().expect("a writer");
    let (tx, output) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if tx.send(buf[..n].to_vec()).is_err() {
                        break;
                    }
                }
            }
        }
    });
    Opened {
        child,
        writer,
        master: pair.master,
        output,
    }
}

/// utime + stime of a process (all its threads), in clock ticks.
pub fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc/PID/stat");
    let after = &stat[stat.rfind(')').expect("a stat line") + 2..];
    let f: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of stat; `after` starts at field 3.
    let field = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    field(11) + field(12)
}

pub fn ticks_per_second() -> u64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100)
}
