//! `annotate`: the command-line face of article-annotator.
//!
//! ```text
//! annotate article.txt              # one JSON document
//! annotate --pretty a.txt b.txt     # one per file, indented, with "file"
//! annotate --jsonl < batch.jsonl    # {"id","text"} lines in, documents out
//! annotate --options opts.json a.txt  # the JavaScript API's options object
//! ```
//!
//! Run `annotate --help` for every option and the exit codes.

// A binary's root looks for modules beside itself (src/bin/), so point at
// this binary's own folder.
#[path = "annotate/args.rs"]
mod args;
#[path = "annotate/options_file.rs"]
mod options_file;
#[path = "annotate/batch.rs"]
mod batch;
#[path = "annotate/plain.rs"]
mod plain;

use args::{Command, Run, UsageError, USAGE};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

/// Exit status when some input could not be read or parsed.
const EXIT_INPUT_FAILED: u8 = 1;
/// Exit status for a usage error; nothing was annotated.
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    match args::parse(std::env::args().skip(1)) {
        Ok(Command::Help) => print_and_exit(USAGE),
        Ok(Command::Version) => print_and_exit(&format!("annotate {}\n", article_annotator::VERSION)),
        Ok(Command::Annotate(run)) => annotate_all(&run),
        Err(UsageError(message)) => {
            eprintln!("annotate: {message}\n\n{USAGE}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn print_and_exit(text: &str) -> ExitCode {
    print!("{text}");
    ExitCode::SUCCESS
}

fn annotate_all(run: &Run) -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    let result = if run.jsonl {
        batch::run(&run.files, &run.options, &mut out)
    } else {
        plain::run(&run.files, &run.options, run.pretty, &mut out)
    };
    match result.and_then(|all_ok| out.flush().map(|_| all_ok)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(EXIT_INPUT_FAILED),
        // The reader of our output went away (`annotate ... | head`): not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(EXIT_INPUT_FAILED)
        }
    }
}
