//! The command line (contract in design.md). clap exits with 2 on misuse.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "scarguide",
    version,
    about = "A consultation companion about treatments for acne scars.",
    long_about = "A consultation companion about treatments for acne scars.\n\n\
        Answer a short interview and see which treatment categories are commonly used \
        for answers like yours, which are usually avoided and why, and what to ask a \
        clinician. Patient education, not a diagnosis or medical advice."
)]
pub struct Cli {
    /// Use this dataset instead of the one built into the program.
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,

    /// The language of the interview, results and reports ("en", "es").
    /// Without it: LC_ALL, LC_MESSAGES or LANG; the welcome screen lists
    /// the languages and plain mode asks when none of them names one.
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,

    // --theme and --ascii belong to the full-screen app (and the kiosk,
    // which takes them after `kiosk` too), so `plain --help` does not list
    // options that do nothing there.
    /// Colours for the full-screen app (NO_COLOR turns colour off in any theme).
    #[arg(long, value_enum, default_value_t = Theme::Default)]
    pub theme: Theme,

    /// Draw borders and markers in plain ASCII (the default when TERM=linux).
    #[arg(long)]
    pub ascii: bool,

    /// Results screen: `s` saves the handout here instead of
    /// ./scarguide-summary-YYYY-MM-DD.md (never overwriting).
    #[arg(long, value_name = "PATH")]
    pub save_to: Option<PathBuf>,

    /// After the full-screen app ends, print the text report to stdout.
    #[arg(long)]
    pub print: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Theme {
    Default,
    HighContrast,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a dataset and report every problem in it (exit 1 on errors).
    /// Runs the clinician cases too: the built-in ones for the built-in
    /// dataset, cases.ron beside a --data file.
    Check {
        #[command(flatten)]
        no_screen: NoScreen,
    },
    /// Run the clinician cases: named answer sets with the advice expected
    /// for them. Says which fail, what the advice had instead and which
    /// rules produced it (exit 1 if any fails).
    Cases {
        /// The cases file (default: cases.ron beside --data, or the
        /// built-in cases for the built-in dataset).
        #[arg(long, value_name = "FILE")]
        cases: Option<PathBuf>,
    },
    /// The interview for a clinic waiting room: locked down, wiped between
    /// patients, summaries handed to staff. Needs a staff PIN.
    Kiosk {
        /// Seconds without input before "Still there?" (then 20 s to answer).
        #[arg(long, value_name = "SECS", default_value_t = 120,
              value_parser = clap::value_parser!(u64).range(1..=86_400))]
        idle_timeout: u64,
        /// Folder where "Send my summary to staff" writes the handout.
        #[arg(long, value_name = "DIR")]
        export_dir: Option<PathBuf>,
        /// Delete summaries in the export folder older than this many days,
        /// at start and every hour (health data is kept no longer than needed).
        #[arg(long, value_name = "N", default_value_t = 30,
              value_parser = clap::value_parser!(u32).range(1..=3650))]
        keep_days: u32,
        /// Read the staff PIN (4 to 12 digits) from this file, which only its
        /// owner may read; otherwise from SCARGUIDE_STAFF_PIN.
        #[arg(long, value_name = "FILE")]
        staff_pin_file: Option<PathBuf>,
        /// The printer the staff menu's Summaries screen prints on
        /// (`lpstat -p` lists them; default: the system's default printer).
        #[arg(long, value_name = "NAME")]
        printer: Option<String>,
        /// Folder for the PIN lock-out's state, so wrong PINs and a lock
        /// outlive a restart (default: systemd's $STATE_DIRECTORY; without
        /// either the lock-out lasts only as long as the program).
        #[arg(long, value_name = "DIR")]
        state_dir: Option<PathBuf>,
        /// Colours (NO_COLOR turns colour off in any theme).
        #[arg(long, value_enum)]
        theme: Option<Theme>,
        /// Draw borders and markers in plain ASCII (the default when TERM=linux).
        #[arg(long)]
        ascii: bool,
    },
    /// The interview as numbered prompts on standard input and output
    /// (for screen readers, simple terminals and scripts).
    Plain {
        /// What to print at the end.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Write the Markdown handout to this file (never overwriting)
        /// instead of offering to save it after the results.
        #[arg(long, value_name = "PATH")]
        save_to: Option<PathBuf>,
        #[command(flatten)]
        no_screen: NoScreen,
    },
    /// For staff at the desk: the summaries patients sent from the kiosk.
    /// List them, read one by its code, print it, mark it collected,
    /// delete it, or purge old ones.
    Summaries {
        /// The kiosk's export folder (the folder given to its --export-dir).
        #[arg(long, value_name = "DIR", global = true)]
        export_dir: Option<PathBuf>,
        #[command(subcommand)]
        action: Desk,
    },
    /// Print the advice for an answers file (RON), or for a report in JSON
    /// such as a kiosk export, which carries its answers.
    Report {
        /// The answers file (RON): { "question": ["option", ...], ... },
        /// or a JSON report (a kiosk export's CODE.json).
        #[arg(long, value_name = "FILE")]
        answers: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Treat unanswered required questions as an error.
        #[arg(long)]
        strict: bool,
        /// Name the dataset rules (number and line) behind every treatment
        /// tier, caveat and note.
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        no_screen: NoScreen,
    },
    /// How the advice changes between two dataset files, counted over every
    /// complete answer set both can express (exit 1 if they cannot be compared).
    Diff {
        /// The dataset before the edit.
        #[arg(value_name = "OLD")]
        old: PathBuf,
        /// The dataset after the edit.
        #[arg(value_name = "NEW")]
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Prove the dataset's guards over every complete answer set and list
    /// content that never takes effect (exit 1 if a guard is broken).
    Audit {
        /// Output format.
        #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
        format: AuditFormat,
    },
    /// The interview in HL7 FHIR R4, for clinic record systems.
    Fhir {
        #[command(subcommand)]
        what: FhirCommand,
    },
    /// A complete translation file for a language, on stdout: every text of
    /// the dataset with its key, the current translations of the existing
    /// file (beside --data, or built in) kept, the rest in English marked
    /// TODO. How a clinic adds a language or brings one up to date. Write it
    /// to a new file and rename it after: `> consultation.es.ron` would
    /// empty the file before it is read.
    Translation {
        /// The language code, as in the file name consultation.<code>.ron
        /// (`scarguide translation es`).
        #[arg(value_name = "CODE", value_parser = crate::commands::parse_lang)]
        code: String,
    },
    /// The whole dataset as a review document for clinicians to read and
    /// sign: questions, every rule in words under what it affects,
    /// caveats, notes, conflicts, guards, references and a sign-off block.
    Rules {
        /// Markdown, or one self-contained HTML page that prints well.
        #[arg(long, value_enum, default_value_t = DocFormat::Markdown)]
        format: DocFormat,
    },
}

/// What `summaries` does. A code may be typed in any case, with spaces or
/// dashes.
#[derive(Debug, Subcommand)]
pub enum Desk {
    /// Every summary: code, when it was written, new or collected.
    List,
    /// One summary as readable text.
    Show {
        #[arg(value_name = "CODE", required = true, num_args = 1..)]
        code: Vec<String>,
    },
    /// Print one summary through the print service (CUPS).
    Print {
        #[arg(value_name = "CODE", required = true, num_args = 1..)]
        code: Vec<String>,
        /// The printer (`lpstat -p` lists them); the default printer otherwise.
        #[arg(long, value_name = "NAME")]
        printer: Option<String>,
    },
    /// Mark a summary as handed over to its patient.
    Collect {
        #[arg(value_name = "CODE", required = true, num_args = 1..)]
        code: Vec<String>,
    },
    /// Delete a summary's files.
    Delete {
        #[arg(value_name = "CODE", required = true, num_args = 1..)]
        code: Vec<String>,
    },
    /// Delete every summary written more than DAYS days ago.
    Purge {
        #[arg(long, value_name = "DAYS", required = true)]
        older_than: u32,
    },
}

/// What `fhir` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum FhirCommand {
    /// The interview as a FHIR R4 Questionnaire (JSON), generated from
    /// the dataset: import it once, then file each response against it.
    Questionnaire,
}

/// Output of `audit`: text for people, JSON for tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    Text,
    Json,
}

/// Formats of the `rules` review document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    Markdown,
    Html,
}

/// Output of `diff`: text for people, JSON for tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
    /// A FHIR R4 QuestionnaireResponse (answers as codes, results as narrative).
    Fhir,
    /// The response and the Markdown handout (a DocumentReference) in a FHIR Bundle.
    FhirBundle,
}

/// `--theme` and `--ascii` after a command that draws no screen: once
/// global, so still accepted (command lines written then keep working),
/// but hidden from its help and ignored.
#[derive(Debug, Clone, Args)]
pub struct NoScreen {
    #[arg(long, value_enum, hide = true)]
    theme: Option<Theme>,
    #[arg(long, hide = true)]
    ascii: bool,
}
