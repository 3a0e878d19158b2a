//! Guards against super-linear time, in the manner of pulldown-cmark: each pathological input
//! is grown 1×, 10× and 100×, and the time ratio between steps is printed (≈10 is linear).
//!
//! `cargo bench --bench pathological`

use std::path::Path;
use std::time::{Duration, Instant};

fn time(name: &str, bytes: &[u8]) -> Duration {
    let path = Path::new(name);
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let _ = std::hint::black_box(dossier::read_bytes(path, bytes));
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Each case: a name, a file name (its extension steers nothing but reads well), and the
/// input at scale `n`.
type Case = (&'static str, &'static str, fn(usize) -> String);

fn cases() -> Vec<Case> {
    vec![
        ("nested <div>", "deep.html", |n| {
            format!("{}x{}", "<div>".repeat(n * 100), "</div>".repeat(n * 100))
        }),
        ("unclosed <b>", "bold.html", |n| "<b>word ".repeat(n * 100)),
        ("table cells", "table.html", |n| {
            format!(
                "<table>{}</table>",
                "<tr><td>1</td><td>2,000</td></tr>".repeat(n * 100)
            )
        }),
        ("one long line", "line.txt", |n| {
            "over 6 tons of opium, ".repeat(n * 500)
        }),
        ("one-word lines", "lines.txt", |n| "word\n".repeat(n * 1000)),
        ("number run 1,2,3", "run.txt", |n| {
            (0..n * 1000)
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(",")
        }),
        ("open parentheses", "parens.txt", |n| {
            "Ministry of Interior (MVD ".repeat(n * 200)
        }),
        ("dates and ranges", "dates.txt", |n| {
            "from 1 January to 30 September 1996 between 1992-93 ".repeat(n * 200)
        }),
        ("run-in heads", "heads.txt", |n| {
            "Policy Initiatives. The GOK acted.\n\n".repeat(n * 200)
        }),
        ("short menu lines", "menu.txt", |n| {
            "\u{a0} From Greece\n".repeat(n * 300)
        }),
        ("digits", "digits.txt", |n| "9".repeat(n * 1000)),
        // Each of these once took time quadratic in the length of a sentence.
        ("number words", "words.txt", |n| "one ".repeat(n * 500)),
        ("list markers", "markers.txt", |n| "1. ".repeat(n * 500)),
        ("figures of the", "of.txt", |n| "5 of the ".repeat(n * 300)),
        ("wrapped lines", "wrapped.txt", |n| {
            // Hard-wrapped text whose line lengths spread widely, as a wrap-width guess sees it.
            (0..n * 300)
                .map(|i| "word ".repeat(3 + i % 14).trim_end().to_owned() + "\n")
                .collect()
        }),
        ("a <br> per line", "br.html", |n| {
            format!(
                "<div>{}</div>",
                "Police seized 5 tons of opium in the year 1996 at the border.<br>\n"
                    .repeat(n * 100)
            )
        }),
        ("year tables", "years.txt", |n| {
            "                 1996   1995\nOpium (mt)          5      6\nHeroin (mt)         1      2\n\n"
                .repeat(n * 100)
        }),
        // Rows of one shape, as a page's running header has (each once asked over all).
        ("laid-out rows", "rows.txt", |n| {
            "1986          1,100           300            250\n\n".repeat(n * 200)
        }),
        // Little words a page's title block joins into one line (each once copied whole).
        ("joined title lines", "of.html", |n| {
            format!(
                "{}<h1>Report</h1><p>Prose follows here.</p>",
                "<p>of</p>".repeat(n * 200)
            )
        }),
        // Lines each ending in a hyphen, one word going on down the page (each piece once
        // read back to the word's start).
        ("hyphen-chained lines", "chain.txt", |n| {
            format!(
                "I. Summary\n\nThe cable follows as it was received.\n{}end.\n",
                "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij-\n".repeat(n * 100)
            )
        }),
        // Pages of a PDF dump, each with its running header and number.
        ("form-feed pages", "pages.txt", |n| {
            (1..=n * 60)
                .map(|p| {
                    format!(
                        "\x0c1998 INCSR                              Country Reports\n\n\
                         Police seized 1,250 kilograms of hashish and the courts heard \
                         esti-\nmated cases.\n\n                    {p}\n"
                    )
                })
                .collect()
        }),
        // A table saved a cell a line whose first row is never followed by a second: each
        // such start is read to its end once.
        ("a cell a line", "cells.txt", |n| {
            "Head A\nHead B\nLabel\n1,200\n3,400\nAnother label\nMore\n".repeat(n * 200)
        }),
        // Rows of a single-spaced table, flattened by a copy.
        ("single-spaced rows", "spaced.txt", |n| {
            format!(
                "Seizures 2003 2002 2001\n{}",
                "Heroin (kg) 1,200 1,300 1,400\n".repeat(n * 200)
            )
        }),
        ("contents lists", "contents.txt", |n| {
            (0..n * 300)
                .map(|i| format!("Chapter {i}                    {}\n", 100 + i))
                .collect()
        }),
        ("long HTML page", "page.html", |n| {
            format!(
                "<html><body>{}</body></html>",
                r#"<p class="x" style="font-size:10pt" data-a="b">Over 5 tons of opium.</p>"#
                    .repeat(n * 100)
            )
        }),
    ]
}

fn main() {
    println!(
        "{:<20} {:>10} {:>10} {:>10} {:>8} {:>8}",
        "input", "1×", "10×", "100×", "10/1", "100/10"
    );
    for (name, file, make) in cases() {
        let times: Vec<Duration> = [1, 10, 100]
            .iter()
            .map(|&n| time(file, make(n).as_bytes()))
            .collect();
        let ratio = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-9);
        println!(
            "{:<20} {:>10.2?} {:>10.2?} {:>10.2?} {:>8.1} {:>8.1}",
            name,
            times[0],
            times[1],
            times[2],
            ratio(times[0], times[1]),
            ratio(times[1], times[2])
        );
    }
}
