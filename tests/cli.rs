//! `dossier extract`: the contract other tools read.

mod common;

use common::corpus;
use std::process::Command;

fn dossier(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn seed() -> String {
    corpus("seed/hrnet-incsr-1996-kazakstan.txt")
        .display()
        .to_string()
}

#[test]
fn extract_prints_one_json_object_per_document_with_every_field() {
    let out = dossier(&["extract", &seed(), &seed()]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    let json: serde_json::Value = serde_json::from_str(lines[0]).expect("JSON");
    // Exactly the contract's fields: the JSON is written by hand (a figure's `text` is read
    // from the body), so a field added to the model must be added to the contract on purpose.
    let keys = |value: &serde_json::Value| -> Vec<String> {
        let mut keys: Vec<String> = value
            .as_object()
            .map(|object| object.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    };
    let sorted = |fields: &[&str]| -> Vec<String> {
        let mut fields: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
        fields.sort();
        fields
    };
    assert_eq!(
        keys(&json),
        sorted(&[
            "path",
            "format",
            "encoding",
            "title",
            "subject",
            "issuer",
            "date",
            "text",
            "blocks",
            "sections",
            "statistics",
            "dates",
            "acronyms",
            "warnings",
        ])
    );
    assert_eq!(
        keys(&json["statistics"][0]),
        sorted(&[
            "span",
            "text",
            "kind",
            "value",
            "value_max",
            "unit",
            "qualifier",
            "measures",
            "section",
            "sentence_span",
        ])
    );
    assert_eq!(keys(&json["dates"][0]), sorted(&["span", "text", "value"]));
    assert_eq!(json["dates"][0]["text"], "September 1995");
    assert_eq!(json["format"], "text");
    assert_eq!(json["encoding"], "utf-8");
    assert_eq!(json["date"], "1996-03");
    assert_eq!(json["statistics"].as_array().map(Vec::len), Some(20));
    let first = &json["statistics"][0];
    assert_eq!(
        first["span"],
        serde_json::json!([first["span"][0], first["span"][1]])
    );
    assert_eq!(first["kind"], "quantity");
    assert_eq!(first["unit"], "t");
    assert_eq!(first["qualifier"], "over");
    assert_eq!(first["value_max"], serde_json::Value::Null);
    // Spans are byte offsets into `text`.
    let text = json["text"].as_str().unwrap_or("");
    let span = (
        first["span"][0].as_u64().unwrap_or(0) as usize,
        first["span"][1].as_u64().unwrap_or(0) as usize,
    );
    assert_eq!(&text.as_bytes()[span.0..span.1], b"over six tons");
    assert_eq!(json["blocks"][0]["kind"], "title");
    assert_eq!(json["sections"][0]["title"], "I. Summary");
}

#[test]
fn extract_tsv_prints_the_figures_table_with_plain_numbers() {
    let out = dossier(&["extract", &seed(), "--format", "tsv"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 21);
    assert_eq!(
        lines[0],
        "Value\tMax\tUnit\tQualifier\tKind\tWhat it measures\tSection\tAs written"
    );
    assert_eq!(
        lines[1],
        "6\t\tt\tover\tquantity\tillegal narcotics\tI. Summary\tover six tons"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("0.0714\t\t\t\tratio\tcitizens\t"))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("5000\t\tt/yr\tover\tquantity\t"))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("5\t8\t\t\tcount\ttypes of opiates\t"))
    );
}

#[test]
fn extract_csv_and_markdown_print_the_same_rows() {
    let csv =
        String::from_utf8(dossier(&["extract", &seed(), "--format", "csv"]).stdout).expect("utf-8");
    assert_eq!(csv.lines().count(), 21);
    assert!(csv.starts_with("Value,Max,Unit,Qualifier,Kind,What it measures,Section,As written\n"));
    assert!(csv.contains("\"in excess of 5,000 metric tons per year\""));
    let md =
        String::from_utf8(dossier(&["extract", &seed(), "--format", "md"]).stdout).expect("utf-8");
    assert_eq!(md.lines().count(), 22);
    assert!(md.starts_with("| Value | Max | Unit |"));
}

#[test]
fn an_unreadable_file_exits_1_with_one_line_naming_it() {
    let dir = std::env::temp_dir().join(format!("dossier-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let png = dir.join("picture.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    let missing = dir.join("missing.txt");
    for (path, reason) in [(&png, "PNG"), (&missing, "cannot read")] {
        let out = dossier(&["extract", &path.display().to_string()]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8(out.stderr).expect("utf-8");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(&path.display().to_string()) && stderr.contains(reason),
            "{stderr}"
        );
        assert!(out.stdout.is_empty());
    }
    // The good file still prints when a bad one is beside it.
    let out = dossier(&["extract", &png.display().to_string(), &seed()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_lists_the_exit_codes() {
    let out = dossier(&["--help"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(stdout.contains("Exit codes:") && stdout.contains("extract"));
}

#[test]
fn extract_works_with_no_network_at_all() {
    // `unshare -rn` runs the command in a fresh network namespace with no interfaces but a
    // loopback that is down: any attempt to connect anywhere would fail. Where the system
    // allows no user namespaces, there is nothing to check.
    let probe = Command::new("unshare").args(["-rn", "true"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("unshare -rn is not available here; skipped");
        return;
    }
    let out = Command::new("unshare")
        .args([
            "-rn",
            env!("CARGO_BIN_EXE_dossier"),
            "extract",
            &seed(),
            "--format",
            "tsv",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 21);
}
