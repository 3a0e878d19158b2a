//! Plain text to source blocks: lines grouped into paragraphs, hard-wrapped lines reflowed.
//!
//! A text dump may be written with one paragraph per line (web pages saved as text) or
//! hard-wrapped at ~75 columns (mail, Usenet, old government text files), often with no blank
//! line between paragraphs. We measure the wrap width first; in wrapped text a line joins the
//! one before it unless the break is a real paragraph end: the previous line ends a sentence
//! and the next line's first word would have fitted on it, the next line is a heading, a list
//! item, or a run-in head, or the lines are laid out in columns. A copy wrapped a second time,
//! narrower than the first, alternates full lines with the short pieces cut off them ("… which
//! came into" / "effect" / "January 1, 1997, …"): such a piece, with no stop in it, goes on
//! with its sentence however short.
//!
//! Before that, the file's own furniture is set apart: mail or Usenet headers at the top, a
//! running page header or page number (a line that recurs with only its numbers changed),
//! and a court reporter's line numbers and double spacing. Runs of dot-leader or aligned
//! columns stay together, line by line, as one preformatted block.

use super::SourceBlock;
use super::words::is_english_word;
use crate::document::BlockKind;

/// Lines longer than this are never the product of hard wrapping. (A PDF's text is wrapped at
/// its page's width, over a hundred columns: "… through the “Balkans Route” of Turkey-".)
const MAX_WRAP_WIDTH: usize = 120;

/// Splits plain text into blocks.
pub fn source_blocks(text: &str) -> Vec<SourceBlock> {
    let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    // "¶I. Summary": a web archive's paragraph mark before a cable's lines is no part of them,
    // nor the ">" a mail archive sets before a line's "From".
    lines.extend(split_lines(text).map(|line| {
        let line = line.strip_prefix('¶').unwrap_or(line);
        let line = if line.starts_with(">From ") {
            &line[1..]
        } else {
            line
        };
        Line::new(line)
    }));
    // A transcript's lines are read again once their numbers are taken off.
    let transcript = transcript_lines(&lines);
    if let Some(cleaned) = &transcript {
        lines = cleaned.iter().map(|l| Line::new(l)).collect();
    }
    mark_menu_runs(&mut lines);
    mark_page_furniture(&mut lines);
    mark_dashed_page_numbers(&mut lines);
    // (Told by one search of the text: most have no form feed.)
    if memchr::memchr(b'\x0C', text.as_bytes()).is_some() {
        mark_form_feed_pages(&mut lines);
    }
    mark_archive_toolbar(&mut lines);
    let header_end = mail_header_end(&lines);
    let wrap_width = wrap_width(&lines);
    // In a text written in capitals, case tells nothing from its first part on ("I. SUMMARY",
    // "1. THE FOLLOWING IS …"); its cover lines above are still read as lines of their own.
    let capitals_from = if written_in_capitals(&lines) {
        lines
            .iter()
            .position(|l| {
                let text = l.trimmed();
                roman_heading_prefix(text).is_some() || starts_numbered_paragraph(text)
            })
            .unwrap_or(lines.len())
    } else {
        usize::MAX
    };
    // There, the heads that stand on lines of their own ("CORRUPTION" between paragraphs).
    let capital_heads: Vec<bool> = match wrap_width {
        Some(width) if capitals_from < lines.len() => (0..lines.len())
            .map(|i| i >= capitals_from && is_capitals_head(&lines, i, width))
            .collect(),
        _ => Vec::new(),
    };
    let mut blocks = Vec::new();
    let mut builder = BlockBuilder {
        hyphenation: Hyphenation::of(&lines),
        ..BlockBuilder::default()
    };
    let mut page_break = false;
    // Whether the line at an index starts with a data sheet's field label.
    let mut field_line: Option<(usize, bool)> = None;
    // The next line that is a figure and nothing else, from each line: where a table saved a
    // cell a line may have its first row.
    let next_figure_line = {
        let mut next = vec![usize::MAX; lines.len()];
        let mut after = usize::MAX;
        for (i, line) in lines.iter().enumerate().rev() {
            if !line.is_blank() && is_figure_cell(line.trimmed()) {
                after = i;
            }
            next[i] = after;
        }
        next
    };
    let mut index = 0;
    if let Some(end) = header_end {
        // Usenet or mail headers above the text: one block of chrome.
        let text = joined_lines(&lines[..end]);
        blocks.push(SourceBlock {
            text,
            source_lines: end as u32,
            page_furniture: true,
            ..SourceBlock::default()
        });
        index = end;
    }
    // An embassy cable's routing lines: chrome; its subject line: the report's title.
    let cable = cable_header(&lines).filter(|c| header_end.is_none_or(|end| c.start >= end));
    while index < lines.len() {
        if let Some(cable) = cable.as_ref().filter(|c| c.start == index) {
            builder.finish(&mut blocks);
            push_cable_header(&lines, cable, &mut blocks);
            index = cable.end;
            continue;
        }
        let line = &lines[index];
        // A cable copied in sections repeats its routing lines over each one: chrome again.
        if cable.is_some()
            && is_cable_routing(line.trimmed())
            && let Some(repeat) = routing_run(&lines, index)
        {
            builder.finish(&mut blocks);
            blocks.push(SourceBlock {
                text: joined_lines(&lines[index..repeat.end]),
                source_lines: (repeat.end - index) as u32,
                page_furniture: true,
                ..SourceBlock::default()
            });
            index = repeat.end;
            continue;
        }
        // A cable's own marks ("2. Begin Text") and numbered part heads ("2. I. Summary"),
        // under its header.
        if let Some(cable) = &cable
            && index >= cable.end
            && let Some(block) = cable_text_line(line.trimmed())
        {
            builder.finish(&mut blocks);
            blocks.push(block);
            index += 1;
            continue;
        }
        // (A cable printout's section marker, "MADRID 00000293 002 OF 002", breaks its page
        // as a page head does; it is taken out of the text with the page's other lines, and
        // is no sign of a web site's chrome.)
        let section_marker = is_section_marker(line.trimmed());
        // ("<!-- IMAGE -->": a page's markup comment, left in a copy saved as text.)
        let markup_comment = {
            let text = line.trimmed();
            text.starts_with("<!--") && text.ends_with("-->")
        };
        if line.furniture || section_marker || markup_comment || is_stray_routing(line.trimmed()) {
            // A PDF's page break (its number, its running header) inside a paragraph whose
            // sentence goes on: the blank lines around it break nothing.
            page_break = (line.furniture || section_marker)
                && cut_by_the_page(builder.previous.as_ref(), wrap_width);
            // A running page header or page number: chrome, and no break in the paragraph
            // or table it interrupts.
            blocks.push(SourceBlock {
                text: {
                    let mut text = String::new();
                    line.push_collapsed(&mut text);
                    text
                },
                source_lines: 1,
                page_furniture: !section_marker,
                ..SourceBlock::default()
            });
            index += 1;
            continue;
        }
        if !line.is_blank() {
            page_break = false;
        }
        if line.is_blank() {
            // (The blank lines before that furniture too.)
            let before_page_break = || {
                lines[index..]
                    .iter()
                    .take(4)
                    .find(|l| !l.is_blank())
                    .is_some_and(|l| l.furniture)
                    && cut_by_the_page(builder.previous.as_ref(), wrap_width)
            };
            if !page_break
                && !before_page_break()
                && !breaks_off_a_sentence(builder.previous.as_ref(), &lines[index..], wrap_width)
            {
                builder.finish(&mut blocks);
            }
            index += 1;
            continue;
        }
        // "I  Summary": an old archive's part head, its numeral set off by two spaces and no
        // stop, alone between blank lines (collapsed into the body, it would read as prose).
        if spaced_roman_head(&lines, index) {
            builder.finish(&mut blocks);
            let mut text = String::new();
            line.push_collapsed(&mut text);
            blocks.push(SourceBlock {
                kind: BlockKind::Heading,
                level: 1,
                text,
                source_lines: 1,
                ..SourceBlock::default()
            });
            index += 1;
            continue;
        }
        // "*** Alabama": a marked head of a part of the file.
        if let Some(head) = starred_head(line.trimmed()) {
            builder.finish(&mut blocks);
            blocks.push(SourceBlock {
                kind: BlockKind::Heading,
                level: 1,
                text: head.to_owned(),
                source_lines: 1,
                ..SourceBlock::default()
            });
            index += 1;
            continue;
        }
        // "Title" over "=====" or "-----": an underlined heading; the rule line is dropped.
        // ("Opium Production in Metric Tons" / "(date read-out from a graph)" / "-----": the
        // bracketed second line of a boxed caption is no heading either.)
        let caption_line = line.trimmed().starts_with('(')
            && line.trimmed().ends_with(')')
            && index > 0
            && !lines[index - 1].is_blank()
            && !is_rule(&lines[index - 1]);
        if let Some(next) = lines.get(index + 1)
            && !caption_line
            && let Some(level) = underline_level(next, line)
        {
            builder.finish(&mut blocks);
            blocks.push(SourceBlock {
                kind: BlockKind::Heading,
                level,
                text: line.trimmed().to_owned(),
                source_lines: 2,
                ..SourceBlock::default()
            });
            index += 2;
            continue;
        }
        if is_rule(line) {
            builder.finish(&mut blocks);
            index += 1;
            continue;
        }
        // "                 1996     1995     1994" (or column names) over rows of figures: a
        // statistical table.
        if let Some((table, end)) = year_table(&lines, index)
            .or_else(|| spaced_figure_table(&lines, index))
            .or_else(|| year_rows_table(&lines, index))
            .or_else(|| table_a_cell_a_line(&lines, index, &next_figure_line))
        {
            builder.finish(&mut blocks);
            blocks.push(SourceBlock {
                kind: BlockKind::Table,
                text: table,
                source_lines: (end - index) as u32,
                ..SourceBlock::default()
            });
            index = end;
            continue;
        }
        let starts_block = match (&builder.previous, wrap_width) {
            (None, _) => true,
            // Dot-leader and aligned columns stay together as one table-like block.
            (Some(previous), _) if previous.is_columnar() || builder.is_columnar() => {
                !continues_columns(previous, line)
            }
            // No wrap to tell by (a few lines of a quotation): a line going on in small
            // letters from one that ends no sentence is the same paragraph ("… increased 200"
            // / "percent while the NDLEA's dynamic leadership continued.").
            (Some(previous), None) => {
                let text = line.trimmed();
                let ends_open = !previous
                    .trimmed()
                    .ends_with(['.', '!', '?', ':', ';', '"', '”', ')']);
                // ("… implemented in November" / "2004. The Port Authority …": a month's
                // year.)
                let month_year = ends_on_month(previous.trimmed())
                    && text.len() >= 5
                    && text.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                    && !text.as_bytes()[4].is_ascii_digit();
                // ("… submission on the Government of" / "Paraguay (GOP) cooperation …": a
                // line ending in a little word goes on, whatever the case of the next.)
                let ends_little = ends_on_little_word(previous.trimmed());
                !(ends_open
                    && previous.width >= 30
                    && (text.starts_with(|c: char| c.is_lowercase()) || month_year || ends_little)
                    && !starts_list_item(text))
            }
            (Some(previous), Some(width)) => {
                let capitals = (index >= capitals_from).then(|| {
                    let head = |i: usize| capital_heads.get(i).copied().unwrap_or(false);
                    head(index) || index.checked_sub(1).is_some_and(head)
                });
                !goes_on_after_a_second_wrap(&builder.lines, line, width, capitals)
                    && is_paragraph_break(previous, line, width, capitals)
            }
        };
        // "Population: 26,410,416 (July 2004 est.)" under "Area: 278,000 sq miles …": a list
        // of fields is set a field a line, however full the lines.
        // (Each line is asked once: its answer is kept for the line after it.)
        let next_field = !starts_block && {
            let previous_field = match field_line {
                Some((at, field)) if at + 1 == index => field,
                _ => builder
                    .previous
                    .is_some_and(|previous| starts_with_field_label(previous.trimmed())),
            };
            let field = starts_with_field_label(line.trimmed());
            field_line = Some((index, field));
            previous_field && field
        };
        if starts_block || next_field {
            builder.finish(&mut blocks);
        }
        builder.push(line);
        index += 1;
    }
    builder.finish(&mut blocks);
    blocks
}

/// The runs of a line between gaps of two or more spaces (or a tab), with the character
/// columns each starts and ends at.
fn laid_out_cells(raw: &str) -> Vec<(usize, usize, &str)> {
    let mut cells = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (column, byte)
    let mut spaces = 0;
    let mut last_end = (0, 0); // (column, byte) just past the last non-space
    for (column, (byte, c)) in raw.char_indices().enumerate() {
        if c == ' ' || c == '\u{a0}' || c == '\t' {
            spaces += if c == '\t' { 2 } else { 1 };
            continue;
        }
        if let Some((start_column, start_byte)) = start
            && spaces >= 2
        {
            cells.push((start_column, last_end.0, &raw[start_byte..last_end.1]));
            start = None;
        }
        if start.is_none() {
            start = Some((column, byte));
        }
        spaces = 0;
        last_end = (column + 1, byte + c.len_utf8());
    }
    if let Some((start_column, start_byte)) = start {
        cells.push((start_column, last_end.0, &raw[start_byte..last_end.1]));
    }
    cells
}

/// "1996", "1995E", "2001*": a year heading a column.
fn is_year_heading(cell: &str) -> bool {
    let digits = cell.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '*');
    digits.len() == 4
        && cell.len() <= 6
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits.starts_with("19") || digits.starts_with("20"))
}

/// A figure in a table cell, or the marks tables put for none ("-", "NA", "n/a").
fn is_figure_cell(cell: &str) -> bool {
    // (The characters first: a line of prose is let go at its first letter.)
    let figure_like = cell.chars().all(|c| {
        c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '–' | '—' | '%' | '$' | '*' | '(' | ')')
    });
    (figure_like && cell.bytes().any(|b| b.is_ascii_digit()))
        || matches!(
            cell,
            "-" | "--" | "–" | "—" | "NA" | "N/A" | "n/a" | "na" | "*"
        )
}

/// A row of a year table: its label and, per year column, the cell standing under it (a
/// year for a label too, `year_labels`, under column names).
fn year_table_row<'a>(
    raw: &'a str,
    columns: &[(usize, usize, &str)],
    year_labels: bool,
) -> Option<(&'a str, Vec<&'a str>)> {
    let cells = laid_out_cells(raw);
    let (label_cell, figures) = cells.split_first()?;
    let label = label_cell.2;
    let labels_it =
        label.chars().any(char::is_alphabetic) || (year_labels && is_year_heading(label));
    if !labels_it || figures.is_empty() {
        return None;
    }
    if label_cell.1 > columns.first()?.0 + 2 {
        return None;
    }
    let mut row = vec![""; columns.len()];
    let mut any_digit = false;
    for &(start, end, cell) in figures {
        if !is_figure_cell(cell) {
            return None;
        }
        any_digit |= cell.bytes().any(|b| b.is_ascii_digit());
        // Figures align on their right edge, under the year's; a cell goes to the nearest.
        let (column, distance) = columns
            .iter()
            .enumerate()
            .map(|(i, &(column_start, column_end, _))| {
                let distance = end.abs_diff(column_end).min(start.abs_diff(column_start));
                (i, distance)
            })
            .min_by_key(|&(_, distance)| distance)?;
        if distance > 6 || !row[column].is_empty() {
            return None;
        }
        row[column] = cell;
    }
    any_digit.then_some((label, row))
}

/// "Seizures", "Opium": a short label grouping the rows below it.
fn is_group_label(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=5).contains(&words)
        && text.chars().count() <= 40
        && text.chars().any(char::is_alphabetic)
        && !text.ends_with(['.', ',', ';'])
        && !text.contains("  ")
        && !text.bytes().any(|b| b.is_ascii_digit())
}

/// A statistical table laid out in a text file, as the INCSR's country statistics are: a
/// line of years over rows of a label and figures in columns, with group labels between
/// ("Seizures"); or a line of column names over rows a year or a name starts ("YEAR  BURMA
/// LAOS" over "1986  1,100  250"), a rule under the names. Returns the table as rows of
/// tab-separated cells, the header first, and the index of the line after it; `None` unless
/// at least two rows of figures follow.
fn year_table(lines: &[Line], start: usize) -> Option<(String, usize)> {
    let header = lines.get(start)?;
    // Most lines are prose or data: a header is short and ends with a year, first looked for
    // in its last bytes.
    let end = header
        .raw
        .trim_end()
        .trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '*');
    let ends_with_year = end.len() >= 4
        && end.is_char_boundary(end.len() - 4)
        && is_year_heading(&end[end.len() - 4..]);
    if header.raw.len() > 200 {
        return None;
    }
    // Or a line of column names over rows that each start with their label, a year or a
    // name: "YEAR      BURMA      AFGHANISTAN      LAOS" over "1986      1,100      300 …".
    let named_columns = !ends_with_year
        && header.is_columnar()
        && !header.raw.bytes().any(|b| b.is_ascii_digit())
        && lines[start + 1..]
            .iter()
            .take(3)
            .find(|l| !l.is_blank() && !is_rule(l))
            .is_some_and(|l| l.is_columnar() && l.raw.bytes().any(|b| b.is_ascii_digit()));
    if !ends_with_year && !named_columns {
        return None;
    }
    let cells = laid_out_cells(header.raw);
    let first_year = if named_columns {
        let names = |c: &(usize, usize, &str)| {
            c.2.chars().count() <= 30
                && c.2.chars().any(char::is_alphabetic)
                && !c.2.ends_with(['.', ',', ';', ':'])
        };
        (cells.len() >= 3 && cells.iter().all(names)).then_some(1)?
    } else {
        cells.iter().position(|c| is_year_heading(c.2))?
    };
    let columns = &cells[first_year..];
    if columns.len() < 2
        || first_year > 1
        || !(named_columns || columns.iter().all(|c| is_year_heading(c.2)))
        || cells[..first_year]
            .iter()
            .any(|c| c.2.bytes().any(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let header = TableRows::new(
        std::iter::once(
            cells
                .first()
                .filter(|_| first_year == 1)
                .map_or("", |c| c.2),
        )
        .chain(columns.iter().map(|c| c.2)),
    );
    table_rows(lines, start, header, |line| {
        year_table_row(line.raw, columns, named_columns)
    })
}

/// The rows under a table's header at `start`, each line read by `row_of`: rows of figures,
/// group labels between, blank lines where rows (or a group of them) follow, a rule right
/// under the header. The table and the index of the line after it.
fn table_rows<'a>(
    lines: &[Line<'a>],
    start: usize,
    mut rows: TableRows,
    row_of: impl Fn(&Line<'a>) -> Option<(&'a str, Vec<&'a str>)>,
) -> Option<(String, usize)> {
    let mut end = start + 1;
    let mut index = start + 1;
    while index < lines.len() {
        let line = &lines[index];
        if line.is_blank() {
            let next = lines[index..]
                .iter()
                .position(|l| !l.is_blank())
                .map(|n| index + n);
            let row_at = |at: usize| lines.get(at).is_some_and(|l| row_of(l).is_some());
            match next {
                Some(next)
                    if row_at(next)
                        || (is_group_label(lines[next].trimmed()) && row_at(next + 1)) =>
                {
                    index = next;
                    continue;
                }
                _ => break,
            }
        }
        // ("----     -----     -----------": the rule under the column names.)
        if index == start + 1 && is_rule(line) {
            index += 1;
            end = index;
            continue;
        }
        if let Some((label, cells)) = row_of(line) {
            rows.row(label, cells);
            index += 1;
            end = index;
        } else if is_group_label(line.trimmed()) {
            rows.group(line.trimmed());
            index += 1;
        } else {
            break;
        }
    }
    Some((rows.finish()?, end))
}

/// The rows of a table read from lines, as tab-separated cells, the header first.
struct TableRows {
    rows: Vec<String>,
    figure_rows: usize,
    /// How many rows end with the last row of figures.
    kept: usize,
}

impl TableRows {
    fn new<'a>(header: impl IntoIterator<Item = &'a str>) -> Self {
        Self {
            rows: vec![header.into_iter().collect::<Vec<_>>().join("\t")],
            figure_rows: 0,
            kept: 1,
        }
    }

    fn row<'a>(&mut self, label: &'a str, cells: impl IntoIterator<Item = &'a str>) {
        self.rows.push(
            std::iter::once(label)
                .chain(cells)
                .collect::<Vec<_>>()
                .join("\t"),
        );
        self.figure_rows += 1;
        self.kept = self.rows.len();
    }

    /// "Seizures": a label alone, naming the group of rows under it.
    fn group(&mut self, label: &str) {
        self.rows.push(label.to_owned());
    }

    /// The table, when two rows of figures or more were read. (Group labels after the last
    /// row of figures belong to what follows.)
    fn finish(mut self) -> Option<String> {
        if self.figure_rows < 2 {
            return None;
        }
        self.rows.truncate(self.kept);
        Some(self.rows.join("\n"))
    }
}

/// "Nov 2005", "YTD'05", "2003", "FY2012", "1996E": a period heading a column of figures.
/// `before` is the word in front of a year ("Nov", "FY"), when it belongs to the head.
fn period_head(word: &str, before: Option<&str>) -> Option<bool> {
    if is_year_heading(word) {
        let joined = before.is_some_and(|b| {
            crate::extract::dates::is_month_name(b)
                || crate::extract::dates::is_month_abbreviation(b.trim_end_matches('.'))
                || ["FY", "CY", "YTD"].contains(&b)
        });
        return Some(joined);
    }
    // "YTD'05", "FY'05", "FY05", "CY2004": a short prefix in capitals and a year.
    let digits = word.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let digits = digits.strip_prefix(['\'', '’']).unwrap_or(digits);
    let prefix = word.len() - digits.len();
    ((1..=4).contains(&prefix)
        && matches!(digits.len(), 2 | 4)
        && digits.bytes().all(|b| b.is_ascii_digit()))
    .then_some(false)
}

/// The column heads a table's header line ends with, and the words before them: "Drug
/// Eradication & Seizure Nov 2005 YTD'05 YTD'04" is ("Drug Eradication & Seizure", ["Nov
/// 2005", "YTD'05", "YTD'04"]). `None` unless it ends with two heads or more.
fn period_heads(text: &str) -> Option<(&str, Vec<&str>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut heads = Vec::new();
    let mut end = words.len();
    while end > 0 {
        let before = end.checked_sub(2).map(|at| words[at]);
        let Some(joined) = period_head(words[end - 1], before) else {
            break;
        };
        let first = if joined { end - 2 } else { end - 1 };
        // The head's own bytes, spaces kept as the line has them.
        let start = end_in(text, words[first]) - words[first].len();
        heads.push(&text[start..end_in(text, words[end - 1])]);
        end = first;
    }
    if heads.len() < 2 {
        return None;
    }
    heads.reverse();
    let label_end = end
        .checked_sub(1)
        .map_or(0, |last| end_in(text, words[last]));
    Some((&text[..label_end], heads))
}

/// Where `word`, a slice of `text` (one of its `split_whitespace` words), ends in it.
fn end_in(text: &str, word: &str) -> usize {
    word.as_ptr() as usize - text.as_ptr() as usize + word.len()
}

/// A row of `columns` figures after a label, single-spaced: "Cured, Kilograms 1,523 15,264
/// 20,952", "Estacy, units 11735 133,032 not available". Returns the label and the cells.
fn spaced_figure_row(text: &str, columns: usize) -> Option<(&str, Vec<&str>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut cells = Vec::with_capacity(columns);
    let mut end = words.len();
    while cells.len() < columns && end > 0 {
        let word = words[end - 1];
        // ("not available": two words for one empty cell.)
        if word.eq_ignore_ascii_case("available")
            && end >= 2
            && words[end - 2].eq_ignore_ascii_case("not")
        {
            cells.push("not available");
            end -= 2;
            continue;
        }
        if !is_figure_cell(word) {
            return None;
        }
        cells.push(word);
        end -= 1;
    }
    // The label: words with a letter, not another figure, short, ending on no little word that
    // leads on into prose ("… rose from 12 13").
    let label_words = &words[..end];
    let last = label_words.last()?;
    // ("Coca 2003 2002 2001": the header of the next table, not a row of this one.)
    if cells.len() < columns
        || cells.iter().all(|c| is_year_heading(c))
        || is_figure_cell(last)
        || label_words.len() > 8
        || !label_words
            .iter()
            .any(|w| w.chars().any(char::is_alphabetic))
        // (The articles break a phrase; "of" only joins one to the next.)
        || crate::extract::lexicon::breaks_phrase(last)
        || last.eq_ignore_ascii_case("of")
        || last.ends_with(['.', ';', ':'])
    {
        return None;
    }
    let label = &text[..end_in(text, last)];
    if label.chars().count() > 60 {
        return None;
    }
    cells.reverse();
    Some((label, cells))
}

/// A statistical table a copy has flattened to single spaces, as a cable's or a PDF's text
/// has it: a header line ending with period heads ("Drug Eradication & Seizure Nov 2005
/// YTD'05 YTD'04", "2003 2002 2001") over two rows or more of a label and as many figures
/// ("Hectares 35.81 391 412"), group labels between ("Seizures"). Read as [`year_table`]
/// reads a laid-out one: tab-separated cells, the header first, and the line after it.
fn spaced_figure_table(lines: &[Line], start: usize) -> Option<(String, usize)> {
    let header = lines.get(start)?.trimmed();
    // (Most lines end with no digit: they are let go at once.)
    if header.len() > 120 || !header.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let last_word = header.rsplit(' ').next().unwrap_or(header);
    period_head(last_word, None)?;
    let (header_label, heads) = period_heads(header)?;
    let columns = heads.len();
    let header = TableRows::new(std::iter::once(header_label).chain(heads.iter().copied()));
    table_rows(lines, start, header, |line| {
        spaced_figure_row(line.trimmed(), columns)
    })
}

/// A table of years flattened to single spaces: a header of one-word heads ("Year Hectares",
/// "Year Cultivation Production") over three rows or more of a year and a figure under each
/// other head ("2002 23,200"), as cables type a series into their text.
fn year_rows_table(lines: &[Line], start: usize) -> Option<(String, usize)> {
    // (Told first by the line after: a year, a space and a digit.)
    let first_row = lines.get(start + 1)?.trimmed().as_bytes();
    if !matches!(
        first_row,
        [b'1', b'9', _, _, b' ', b'0'..=b'9', ..] | [b'2', b'0', _, _, b' ', b'0'..=b'9', ..]
    ) || !first_row[2..4].iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let header = lines[start].trimmed();
    let heads: Vec<&str> = header.split_whitespace().collect();
    let one_word_heads = (2..=5).contains(&heads.len())
        && heads.iter().all(|head| {
            head.starts_with(|c: char| c.is_uppercase())
                && head
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '(' | ')' | '-'))
        });
    if !one_word_heads {
        return None;
    }
    let columns = heads.len() - 1;
    // Three rows at least: two could be any two lines of figures.
    if !lines
        .get(start + 1..start + 4)?
        .iter()
        .all(|l| year_row(l.trimmed(), columns).is_some())
    {
        return None;
    }
    table_rows(
        lines,
        start,
        TableRows::new(heads.iter().copied()),
        |line| year_row(line.trimmed(), columns),
    )
}

/// "2002 23,200": a year, the row's label, and `columns` figures.
fn year_row(text: &str, columns: usize) -> Option<(&str, Vec<&str>)> {
    let (year, rest) = text.split_once(' ')?;
    let cells: Vec<&str> = rest.split_whitespace().collect();
    (is_year_heading(year) && cells.len() == columns && cells.iter().all(|c| is_figure_cell(c)))
        .then_some((year, cells))
}

/// "Population: 26,410,416", "Gross Domestic Product (GDP): $43.99 billion", "Life
/// Expectancy: Male: 60.67 years": a data sheet's field, a few words in Title Case and a
/// colon, its value after.
fn starts_with_field_label(text: &str) -> bool {
    // (The colon is sought among the first bytes only: a label is short.)
    let head = &text.as_bytes()[..text.len().min(52)];
    let Some(colon) = memchr::memchr(b':', head) else {
        return false;
    };
    if text.as_bytes().get(colon + 1) != Some(&b' ') {
        return false;
    }
    let (label, value) = (&text[..colon], &text[colon + 2..]);
    label.starts_with(|c: char| c.is_ascii_uppercase())
        && label.bytes().all(|b| {
            b.is_ascii_alphabetic() || matches!(b, b' ' | b'(' | b')' | b'-' | b'\'' | b'/')
        })
        && label.bytes().filter(|&b| b == b' ').count() < 6
        && states_a_figure(value)
}

/// A field's value that opens with its figure: "26,410,416 (July 2004 est.)", "$1,700",
/// "Male: 60.67 years" (not "Advance Guard of the Malagasy Revolution", a wrapped line that
/// happens to hold a colon).
fn states_a_figure(value: &str) -> bool {
    let value = value.trim_start();
    let opens_with_figure =
        |v: &str| v.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'));
    // (A one-word label inside, "Male:", is sought among the first bytes only.)
    let head = &value.as_bytes()[..value.len().min(16)];
    opens_with_figure(value)
        || memchr::memchr(b':', head).is_some_and(|colon| {
            let label = &value[..colon];
            !label.contains(' ')
                && label.starts_with(|c: char| c.is_uppercase())
                && value[colon + 1..]
                    .strip_prefix(' ')
                    .is_some_and(opens_with_figure)
        })
}

/// A table saved a cell a line, as a browser's text of a web page's table has it: column
/// heads ("FY 2012 Actual", "FY 2013 Request"), then rows of a label and as many figures
/// ("TOTAL", "672,417", "675,266"), a label alone between naming a group ("Burma" over
/// "1990", "370,747", "150,100"). Blank lines may stand between the cells. Read as
/// [`year_table`] reads a laid-out one; `None` unless two rows of figures follow the heads.
fn table_a_cell_a_line(
    lines: &[Line],
    start: usize,
    next_figure_line: &[usize],
) -> Option<(String, usize)> {
    // (Told first by where the next line of a figure alone is: a row's figures come within a
    // few cells, blank lines between. Then by the line: a head is short, and is no figure.)
    if next_figure_line.get(start)?.saturating_sub(start) > 24 {
        return None;
    }
    let first = lines.get(start)?.trimmed();
    if !is_cell_label(first) {
        return None;
    }
    let mut cells = Cells {
        lines,
        next_line: start,
        read: Vec::new(),
    };
    // As many heads as the first row has figures after its label, right under them; or
    // under a group's label, when the rows are years ("Burma" over "1990").
    let columns = (2..=6).find(|&k| {
        (0..k).all(|i| cells.label(i))
            && (cells.row_at(k, k)
                || (cells.group_at(k) && cells.year(k + 1) && cells.row_at(k + 1, k)))
    })?;
    let mut rows =
        TableRows::new(std::iter::once("").chain(cells.read[..columns].iter().map(|(_, c)| *c)));
    let mut k = columns;
    let mut end = cells.read[columns - 1].0 + 1;
    loop {
        if cells.row_at(k, columns) {
            let row = &cells.read[k..=k + columns];
            rows.row(row[0].1, row[1..].iter().map(|(_, c)| *c));
            k += columns + 1;
            end = cells.read[k - 1].0 + 1;
        } else if cells.group_at(k) {
            rows.group(cells.read[k].1);
            k += 1;
        } else {
            break;
        }
    }
    Some((rows.finish()?, end))
}

/// The cells of a table saved a cell a line, read from the lines as far as they are asked
/// for (a table's end is not known ahead), each with the index of its line.
struct Cells<'a> {
    lines: &'a [Line<'a>],
    next_line: usize,
    read: Vec<(usize, &'a str)>,
}

impl<'a> Cells<'a> {
    /// The cell at `k`, reading on to it; `None` past the last (a long line ends them).
    fn get(&mut self, k: usize) -> Option<&'a str> {
        while self.read.len() <= k {
            let line = self.lines.get(self.next_line)?;
            self.next_line += 1;
            if line.is_blank() {
                continue;
            }
            let cell = line.trimmed();
            if cell.len() > 60 {
                self.next_line = self.lines.len();
                return None;
            }
            self.read.push((self.next_line - 1, cell));
        }
        Some(self.read[k].1)
    }

    /// ("1990", "370,747", "150,100": a year labels a row; it is no figure of one.)
    fn year(&mut self, k: usize) -> bool {
        self.get(k)
            .is_some_and(|c| c.len() == 4 && is_year_heading(c))
    }

    fn figure(&mut self, k: usize) -> bool {
        self.get(k).is_some_and(is_figure_cell) && !self.year(k)
    }

    fn label(&mut self, k: usize) -> bool {
        self.get(k).is_some_and(is_cell_label)
    }

    /// A row at `k` of a label and `columns` figures, up to the next row or the table's end.
    fn row_at(&mut self, k: usize, columns: usize) -> bool {
        (self.label(k) || self.year(k))
            && (k + 1..=k + columns).all(|i| self.figure(i))
            && (!self.figure(k + columns + 1) || self.year(k + columns + 1))
    }

    /// A group's label: a label over a row, or over another group's.
    fn group_at(&mut self, k: usize) -> bool {
        self.label(k) && !self.figure(k + 1)
    }
}

/// A table cell that heads a column or labels a row: a few words, no figure, no sentence.
fn is_cell_label(cell: &str) -> bool {
    cell.len() <= 60
        && !is_figure_cell(cell)
        && cell.chars().any(char::is_alphabetic)
        && !cell.ends_with(['.', ',', ';'])
        && cell.split_whitespace().count() <= 8
}

/// Splits on `\n`, `\r\n` and lone `\r`.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    // Line ends found with memchr2: splitting on one and then the other reads every byte twice.
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        let bytes = current.as_bytes();
        let Some(at) = memchr::memchr2(b'\n', b'\r', bytes) else {
            rest = None;
            return Some(current);
        };
        let next = match (bytes[at], bytes.get(at + 1)) {
            (b'\r', Some(b'\n')) => Some(at + 2),
            // A carriage return ending the text ends its last line, as "\r\n" would.
            (b'\r', None) => None,
            _ => Some(at + 1),
        };
        rest = next.map(|next| &current[next..]);
        Some(&current[..at])
    })
}

#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    raw: &'a str,
    /// `raw` without its leading and trailing white space (asked for many times per line).
    trimmed: &'a str,
    /// No letter, digit or currency sign: empty, or only spaces and marks.
    blank: bool,
    /// `trimmed` has no white space to collapse (no two spaces in a row, no tab).
    collapsed: bool,
    /// Width in characters, trailing white space excluded.
    width: usize,
    /// Part of a menu saved as text: indented with no-break spaces, or one of a run of short
    /// indented items.
    menu: bool,
    /// A running page header or footer, or a page number: the same line on every page but for
    /// its numbers.
    furniture: bool,
    /// Laid out in columns: a run of three or more spaces inside the line, or dot leaders.
    columnar: bool,
    /// A gap of ten or more spaces: right-aligned text, or a title and a page number apart.
    spaced: bool,
}

/// What one pass over a line's bytes tells of its layout.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Gaps {
    /// The longest run of spaces.
    spaces: usize,
    /// The longest run of dots.
    dots: usize,
    /// " . . ." leaders.
    spaced_dots: bool,
    /// White space other than the space (a tab), or bytes outside ASCII, whose white space
    /// only a decoded look can tell.
    other_bytes: bool,
}

/// The runs of spaces and of leader dots inside `inner`, measured in one pass.
fn gaps(inner: &str) -> Gaps {
    let bytes = inner.as_bytes();
    // Most lines are plain: printable ASCII with single spaces, no dot followed by a dot or by
    // " .". Told by a branch-free pass the compiler vectorises; only other lines are measured
    // byte by byte.
    if bytes.len() >= 3 {
        let printable = bytes
            .iter()
            .fold(true, |all, &b| all & (0x20..0x80).contains(&b));
        let runs =
            bytes
                .iter()
                .zip(&bytes[1..])
                .zip(&bytes[2..])
                .fold(false, |any, ((&a, &b), &c)| {
                    any | ((a == b' ') & (b == b' '))
                        | ((a == b'.') & (b == b'.'))
                        | ((a == b'.') & (b == b' ') & (c == b'.'))
                });
        let last_pair = &bytes[bytes.len() - 2..];
        if printable && !runs && last_pair != b"  " && last_pair != b".." {
            return Gaps {
                spaces: usize::from(memchr::memchr(b' ', bytes).is_some()),
                dots: usize::from(memchr::memchr(b'.', bytes).is_some()),
                spaced_dots: false,
                other_bytes: false,
            };
        }
    }
    measure_gaps(bytes)
}

/// [`gaps`], byte by byte.
fn measure_gaps(bytes: &[u8]) -> Gaps {
    let mut found = Gaps::default();
    let (mut spaces, mut dots) = (0, 0);
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b' ' => {
                spaces += 1;
                found.spaces = found.spaces.max(spaces);
                dots = 0;
            }
            b'.' => {
                dots += 1;
                found.dots = found.dots.max(dots);
                // " . . ." leaders
                if i >= 5 && &bytes[i - 5..=i] == b" . . ." {
                    found.spaced_dots = true;
                }
                spaces = 0;
            }
            _ => {
                if !(0x20..0x80).contains(&b) {
                    found.other_bytes = true;
                }
                spaces = 0;
                dots = 0;
            }
        }
    }
    found
}

/// "1990 Census of Population and Housing   Page 7", a lone "12" at the right margin: short
/// lines with digits and a wide gap that recur, numbers aside, three times or more with
/// different numbers. Dot-leader rows ("Percent of total population.....26.2") recur too, but
/// are data; footnotes ("29. Id., at 900.") recur but sit at the margin.
/// The Wayback Machine's toolbar as a saved page's text keeps it, above the page itself:
/// "The Wayback Machine - http://web.archive.org/web/…", "87 captures", the calendar, "About
/// this capture", "COLLECTED BY", "Organization: …", "Collection: …", "TIMESTAMPS", "loading".
/// Marked as furniture from its first line to its last known one.
fn mark_archive_toolbar(lines: &mut [Line]) {
    const REACH: usize = 60;
    let Some(start) = lines
        .iter()
        .take(20)
        .position(|l| l.trimmed().starts_with("The Wayback Machine - http"))
    else {
        return;
    };
    let end = lines[start..]
        .iter()
        .take(REACH)
        .rposition(|l| {
            let text = l.trimmed();
            matches!(
                text,
                "loading" | "TIMESTAMPS" | "About this capture" | "COLLECTED BY"
            ) || text.starts_with("Collection: ")
                || text.starts_with("Organization: ")
        })
        .map_or(start, |at| start + at);
    for line in &mut lines[start..=end] {
        line.furniture = true;
    }
}

/// A PDF's text dump marks each page break with a form feed. Each page's number (at its foot,
/// or at its top) and its running header are furniture, however few the pages:
/// - a number is a page's when the pages' numbers count up ("17", "Page 3", "- 3 -", "Page 3
///   of 9", "3/9", "iii"), not a table's cells that happen to stand by a page break;
/// - a header is the line a page opens with that other pages open with too (its number aside),
///   or one laid out with a wide gap ("1998 INCSR            Country Reports"). On the first
///   page it stays, as the title line it is there, unless it carries the page's number.
fn mark_form_feed_pages(lines: &mut [Line]) {
    // Where each page starts: the file's start, and each line holding a form feed.
    let mut starts = vec![0];
    starts.extend(
        (1..lines.len()).filter(|&i| memchr::memchr(b'\x0C', lines[i].raw.as_bytes()).is_some()),
    );
    let pages: Vec<Vec<usize>> = starts
        .iter()
        .enumerate()
        .map(|(p, &start)| {
            let end = starts.get(p + 1).copied().unwrap_or(lines.len());
            (start..end).filter(|&i| !lines[i].is_blank()).collect()
        })
        .collect();
    // The page numbers.
    let mut numbers: Vec<(usize, usize, PageNumber)> = Vec::new();
    for (p, page) in pages.iter().enumerate() {
        let ends = [page.last(), page.first()];
        if let Some((&i, number)) = ends
            .into_iter()
            .flatten()
            .find_map(|i| page_number(lines[*i].trimmed()).map(|n| (i, n)))
        {
            numbers.push((p, i, number));
        }
    }
    // (A lone number counts when it is its page's: "1" under the first page, or the last
    // line before a page break, "89" under a chapter's first page in a volume.)
    let lone = numbers.len() == 1 && {
        let (p, i, number) = numbers[0];
        number.value == p + 1 || (p + 1 < pages.len() && pages[p].last() == Some(&i))
    };
    let counts_up = lone
        || numbers.len() >= 2
            && numbers.windows(2).all(|pair| {
                let ((p, _, a), (q, _, b)) = (pair[0], pair[1]);
                a.style == b.style && b.value > a.value && b.value - a.value <= 2 * (q - p)
            });
    if counts_up {
        for &(_, i, _) in &numbers {
            lines[i].furniture = true;
        }
    }
    // The running header: the lines pages open with, again and again.
    let shape = |text: &str| -> String {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect()
    };
    // Each page's lines less its number: the header is at their top.
    let pages: Vec<Vec<usize>> = pages
        .into_iter()
        .map(|page| page.into_iter().filter(|&i| !lines[i].furniture).collect())
        .collect();
    for depth in 0..2 {
        let mut seen: std::collections::HashMap<String, (usize, bool, &str)> =
            std::collections::HashMap::new();
        for page in &pages {
            let Some(&i) = page.get(depth) else {
                continue;
            };
            let text = lines[i].trimmed();
            let entry = seen.entry(shape(text)).or_insert((0, false, text));
            entry.0 += 1;
            entry.1 |= entry.2 != text;
        }
        let mut marked = false;
        for (p, page) in pages.iter().enumerate() {
            let Some(&i) = page.get(depth) else {
                continue;
            };
            // (Below the first line, only under a header already found: "International
            // Narcotics Control Strategy Report Volume I" / "Honduras".)
            if depth > 0 && !page.iter().take(1).any(|&k| lines[k].furniture) {
                continue;
            }
            let (count, varies, _) = seen[&shape(lines[i].trimmed())];
            let repeated = count >= 2 && count * 2 >= pages.len();
            // (A gap inside the line: a centred head is indented, not laid out.)
            let laid_out = depth == 0 && p > 0 && gaps(lines[i].trimmed()).spaces >= 10;
            // On the first page, a header is the title line it reads as, unless the page
            // numbers it or a cover line of its own stands under it ("Kazakstan"; a header's
            // second line, "Honduras", is that cover line there).
            let cover_below = || {
                depth == 0
                    && page.iter().find(|&&k| k > i).is_some_and(|&k| {
                        let text = lines[k].trimmed();
                        let lettered = text.as_bytes().get(1) == Some(&b'.');
                        char_count(text) <= 40
                            && roman_heading_prefix(text).is_none()
                            && !lettered
                            && !text.starts_with(|c: char| c.is_ascii_digit())
                            && !text.ends_with(['.', ':'])
                    })
            };
            if (repeated || laid_out) && (p > 0 || varies || cover_below()) {
                lines[i].furniture = true;
                marked = true;
            }
        }
        if !marked {
            break;
        }
    }
}

/// How a page number is written, and its value.
#[derive(Clone, Copy, Debug, PartialEq)]
struct PageNumber {
    style: u8,
    value: usize,
}

/// "17", "- 17 -", "Page 17", "PAGE 17", "Page 17 of 40", "17/40", "xvii".
fn page_number(text: &str) -> Option<PageNumber> {
    let text = text.trim();
    let (style, rest) = if let Some(rest) = text
        .strip_prefix("Page ")
        .or_else(|| text.strip_prefix("PAGE "))
        .or_else(|| text.strip_prefix("page "))
    {
        (1, rest.trim())
    } else {
        (0, text)
    };
    let digits = |of: &str| !of.is_empty() && of.bytes().all(|b| b.is_ascii_digit());
    let (style, number) = if let Some((number, of)) = rest.split_once(" of ") {
        if !digits(of.trim()) {
            return None;
        }
        (style + 2, number.trim())
    } else if let Some((number, of)) = rest.split_once('/') {
        if !digits(of.trim()) {
            return None;
        }
        (style + 4, number.trim())
    } else {
        (style, rest.trim_matches(|c: char| c == '-' || c == ' '))
    };
    if (1..=4).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()) {
        return number.parse().ok().map(|value| PageNumber { style, value });
    }
    roman_value(number).map(|value| PageNumber {
        style: style + 8,
        value,
    })
}

/// The value of a page's number in small Roman numerals ("iv", "xii"), up to 39.
fn roman_value(text: &str) -> Option<usize> {
    if text.is_empty() || text.len() > 7 || !text.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')) {
        return None;
    }
    let digit = |b: u8| match b {
        b'i' => 1,
        b'v' => 5,
        _ => 10,
    };
    let bytes = text.as_bytes();
    let value = (0..bytes.len()).fold(0isize, |sum, k| {
        let here = digit(bytes[k]);
        if bytes.get(k + 1).is_some_and(|&next| digit(next) > here) {
            sum - here
        } else {
            sum + here
        }
    });
    usize::try_from(value).ok().filter(|&v| v > 0)
}

/// "- 212 -" alone between paragraphs: a printed page's number, kept by a copy made from the
/// print. Written so, with its dashes, it is never the report's own line, however often it
/// comes.
fn mark_dashed_page_numbers(lines: &mut [Line]) {
    let blank_or_none = |line: Option<&Line>| line.is_none_or(Line::is_blank);
    for i in 0..lines.len() {
        let text = lines[i].trimmed();
        // (Told by its first byte: a hyphen, or the lead byte of an en or em dash.)
        if !matches!(text.as_bytes().first(), Some(b'-' | 0xE2)) {
            continue;
        }
        let dashed = text
            .strip_prefix(['-', '–', '—'])
            .and_then(|rest| rest.strip_suffix(['-', '–', '—']))
            .map(str::trim)
            .is_some_and(|inner| {
                (1..=4).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit())
            });
        if dashed
            && blank_or_none(i.checked_sub(1).map(|p| &lines[p]))
            && blank_or_none(lines.get(i + 1))
        {
            lines[i].furniture = true;
        }
    }
}

fn mark_page_furniture(lines: &mut [Line]) {
    use std::collections::HashMap;
    let shape = |text: &str| -> String {
        let mut out = String::new();
        let mut in_digits = false;
        for c in text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
        {
            if c.is_ascii_digit() {
                if !in_digits {
                    out.push('#');
                }
                in_digits = true;
            } else {
                out.push(c);
                in_digits = false;
            }
        }
        out
    };
    // Set apart by a wide gap: right-aligned, or a title and its page number far apart.
    let candidate = |l: &Line| {
        let text = l.trimmed();
        l.spaced
            && !text.is_empty()
            && text.chars().count() <= 90
            && text.contains(|c: char| c.is_ascii_digit())
            && !text.contains("..")
            && !text.contains(". .")
    };
    /// What is known of one shape: how often it comes, whether its lines differ (a page
    /// number does), and where it stands, counted in lines with text.
    struct Seen<'a> {
        first: &'a str,
        varied: bool,
        places: Vec<usize>,
    }
    let mut seen: HashMap<String, Seen> = HashMap::new();
    let mut rank = 0;
    for line in lines.iter() {
        if !line.is_blank() {
            rank += 1;
        }
        if !candidate(line) {
            continue;
        }
        let entry = seen.entry(shape(line.trimmed())).or_insert(Seen {
            first: line.trimmed(),
            varied: false,
            places: Vec::new(),
        });
        entry.varied |= entry.first != line.trimmed();
        entry.places.push(rank);
    }
    // A page's header or footer comes back once a page; a table's rows ("1986      1,100
    // 300") stand one under another, or every other line.
    let furniture: std::collections::HashSet<&String> = seen
        .iter()
        .filter(|(_, s)| {
            let mut gaps: Vec<usize> = s.places.windows(2).map(|p| p[1] - p[0]).collect();
            gaps.sort_unstable();
            let spread_out = gaps.get(gaps.len() / 2).is_some_and(|&median| median >= 3);
            s.places.len() >= 3 && s.varied && spread_out
        })
        .map(|(key, _)| key)
        .collect();
    for line in lines.iter_mut() {
        if candidate(line) {
            line.furniture = furniture.contains(&shape(line.trimmed()));
        }
    }
}

/// A cable archive's record of a cable, as header lines over it: "id: 47809", "date:
/// 12/15/2005 19:15" (a mail header's name), "refid: 05SANSALVADOR3491", "origin: Embassy San
/// Salvador".
const CABLE_RECORD_FIELDS: &[&str] = &["id", "refid", "origin", "classification", "destination"];

/// Header names of mail and Usenet articles.
const MAIL_HEADERS: &[&str] = &[
    "from",
    "path",
    "newsgroups",
    "subject",
    "message-id",
    "keywords",
    "date",
    "organization",
    "lines",
    "sender",
    "reply-to",
    "references",
    "summary",
    "approved",
    "distribution",
    "followup-to",
    "nntp-posting-host",
    "xref",
    "to",
    "cc",
    "article-i.d.",
    "expires",
];

/// Where a block of mail or Usenet headers at the top of the file ends (the line after its
/// last header): two or more "Name: value" lines among the first lines, with the subject
/// line of a digest entry ("[1] Forfeiture Info from BJA") allowed above them.
fn mail_header_end(lines: &[Line]) -> Option<usize> {
    let first = lines.iter().position(|l| !l.is_blank())?;
    // "Pubdate: Wed, 03 Mar 2004" / "Source: This Day (Nigeria)" / "Author: …": the head of a
    // news story as the Media Awareness Project's drug-news archive keeps it.
    let news_archive = lines[first].trimmed().starts_with("Pubdate:");
    let is_header = |l: &Line| {
        l.trimmed().split_once(':').is_some_and(|(name, _)| {
            let name = name.to_ascii_lowercase();
            MAIL_HEADERS.contains(&name.as_str())
                || CABLE_RECORD_FIELDS.contains(&name.as_str())
                || (news_archive
                    && [
                        "pubdate",
                        "source",
                        "copyright",
                        "contact",
                        "website",
                        "details",
                        "author",
                        "note",
                        "fax",
                        "address",
                    ]
                    .contains(&name.as_str()))
        })
    };
    let start = if is_header(lines.get(first)?) {
        first
    } else {
        first + 1
    };
    let count = lines
        .get(start..)?
        .iter()
        .take_while(|l| is_header(l))
        .count();
    (count >= 2).then_some(start + count)
}

/// Where an embassy cable's routing lines stand near the top of a file, and its subject line
/// (with the lines it runs on over) among them.
struct CableHeader {
    start: usize,
    end: usize,
    subject: Option<std::ops::Range<usize>>,
}

/// "UNCLAS SECTION 01 OF 05 VILNIUS 001578", "SIPDIS", "E.O. 12958: N/A", "TAGS: SNAR",
/// "SUBJECT: …", "REF: …" and the addresses around them: a run of routing lines starting
/// within a file's first lines (a web archive's record of the cable may stand above it), two
/// of them lines only a cable has. The run ends at the first line of another kind: the
/// cable's text, all in capitals as it may be, is never taken for routing.
fn cable_header(lines: &[Line]) -> Option<CableHeader> {
    const REACH: usize = 60;
    let mut header = (0..lines.len().min(REACH))
        .filter(|&i| is_cable_routing(lines[i].trimmed()))
        .find_map(|start| routing_run(lines, start))?;
    // A run broken by a stray line after a blank one ("SIPDIS" / "" / "NOFORN" / "SIPDIS"),
    // with the subject in the run after it: one header.
    if header.subject.is_none()
        && let Some(next) = (header.end..lines.len())
            .filter(|&i| !lines[i].is_blank())
            .take(2)
            .find_map(|i| routing_run(lines, i))
        && next.subject.is_some()
    {
        header.start = header.start.min(next.start);
        header.end = next.end;
        header.subject = next.subject;
    }
    // A mirror's record of the cable right above it ("Origin: Embassy Rangoon", "Created:
    // 2007-11-21 09:56:00") goes with it.
    while let Some(above) = header.start.checked_sub(1) {
        let line = &lines[above];
        if !(line.is_blank() || is_cable_record(line.trimmed())) {
            break;
        }
        header.start = above;
    }
    while lines[header.start].is_blank() && header.start < header.end {
        header.start += 1;
    }
    // "1. Following is Embassy Bishkek's submission for the 2009-2010 International Narcotics
    // Control Strategy Report …" / "2. Begin Text:": the cable's covering words, up to where
    // the report it carries begins, are the cable's too.
    // (A few lines that say what follows only: "Below is the text of a one-page document"
    // after a long paragraph of the cable's own is no covering note.)
    if let Some(begin) = (header.end..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .take(8)
        .find(|&i| is_begin_text(lines[i].trimmed()))
    {
        let covering = &lines[header.end..begin];
        let bytes = text_bytes(covering);
        if bytes <= 400 && (bytes == 0 || says_any(covering, &["ollowing", "ubmission", "follows"]))
        {
            header.end = begin + 1;
        }
    } else if let Some(first) = (header.end..lines.len()).find(|&i| !lines[i].is_blank())
        && lines[first].trimmed().starts_with("1. ")
    {
        // "1. Per reftel, Embassy Praia submits the following draft text for the 2010 INCSR
        // report …": a covering paragraph with no "Begin Text" after it, the report's text
        // under it.
        let end = (first..lines.len())
            .find(|&i| lines[i].is_blank())
            .unwrap_or(lines.len());
        let covering = &lines[first..end];
        if text_bytes(covering) <= 400
            && says_any(covering, &["ubmits", "ubmission", "ubmitted"])
            && says_any(covering, &["INCSR", "eport"])
        {
            header.end = end;
        }
    }
    Some(header)
}

/// The bytes of a cable's covering lines, spaces at their ends aside.
fn text_bytes(lines: &[Line]) -> usize {
    lines.iter().map(|l| l.trimmed().len()).sum()
}

/// Whether any of `lines` holds one of `words`.
fn says_any(lines: &[Line], words: &[&str]) -> bool {
    lines
        .iter()
        .any(|l| words.iter().any(|word| l.trimmed().contains(word)))
}

/// A line of a cable's own that stands alone: "2. Begin Text" or "End Text", where the report
/// it carries begins or ends (furniture), or "2. I. Summary", a part's head numbered as the
/// cable's paragraph (the head alone).
fn cable_text_line(text: &str) -> Option<SourceBlock> {
    let bytes = text.as_bytes();
    // (Told by its first byte: a digit, or the B or E of the marks.)
    if !bytes
        .first()
        .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'B' | b'E' | b'b' | b'e'))
    {
        return None;
    }
    let mark = text_mark(text);
    if mark.eq_ignore_ascii_case("begin text") || mark.eq_ignore_ascii_case("end text") {
        return Some(SourceBlock {
            text: text.to_owned(),
            source_lines: 1,
            page_furniture: true,
            ..SourceBlock::default()
        });
    }
    let (_, head) = paragraph_number(text)?;
    (head.len() <= 60 && !head.ends_with('.') && roman_heading_prefix(head).is_some()).then(|| {
        SourceBlock {
            text: head.trim().to_owned(),
            source_lines: 1,
            ..SourceBlock::default()
        }
    })
}

/// "2. Begin Text:", "BEGIN TEXT.": where a cable's covering paragraphs end and the text it
/// carries begins.
fn is_begin_text(text: &str) -> bool {
    text_mark(text).eq_ignore_ascii_case("begin text")
}

/// A line without its paragraph number and closing stop or colon: "2. Begin Text:" → "Begin
/// Text".
fn text_mark(text: &str) -> &str {
    let text = paragraph_number(text).map_or(text, |(_, rest)| rest).trim();
    text.trim_end_matches([':', '.']).trim_end()
}

/// A line of a web mirror's record of a cable: "Identifier: 07RANGOON1127", "Origin: Embassy
/// Rangoon", "Created: 2007-11-21 09:56:00", "Classification: UNCLASSIFIED", a bare
/// "2005-12-22 16:19:00".
fn is_cable_record(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "Identifier",
        "Reference ID",
        "Canonical ID",
        "Wikileaks",
        "Origin",
        "Created",
        "Released",
        "Date",
        "Classification",
        "Original Classification",
        "Current Classification",
        "Redacted",
        "Handling Restrictions",
        "Cable title",
        "Viewing cable",
        "Source",
        "Tags",
        "Locator",
        "Executive Order",
        "Character Count",
        "Office Origin",
        "Office Action",
    ];
    if text.len() > 120 {
        return false;
    }
    let labelled = text
        .split_once(':')
        .is_some_and(|(label, _)| LABELS.iter().any(|l| label.eq_ignore_ascii_case(l)));
    let stamp = text.len() == 19
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b' ',
            13 | 16 => b == b':',
            _ => b.is_ascii_digit(),
        });
    // ("US embassy cable - 07RANGOON1127": the mirror's name for its page.)
    let page_name = text
        .get(..16)
        .is_some_and(|start| start.eq_ignore_ascii_case("US embassy cable"));
    labelled || stamp || page_name || is_plusd_stamp(text)
}

/// "2008 November 6, 16:07 (Thursday)", "TE - Telegram (cable)": the head of a cable as
/// WikiLeaks' public library of diplomacy prints it.
fn is_plusd_stamp(text: &str) -> bool {
    if text == "TE - Telegram (cable)" {
        return true;
    }
    let words: Vec<&str> = text.split(' ').collect();
    let [year, month, day, time, weekday] = words[..] else {
        return false;
    };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && crate::extract::dates::is_month_name(month)
        && day
            .strip_suffix(',')
            .is_some_and(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        && time.len() == 5
        && time.as_bytes()[2] == b':'
        && weekday.starts_with('(')
        && weekday.ends_with("day)")
}

/// The run of routing lines from `start`, when it is a cable's ([`cable_header`]).
fn routing_run(lines: &[Line], start: usize) -> Option<CableHeader> {
    let mut marks = 0;
    let mut subject = None;
    let mut end = start;
    let mut index = start;
    // The line before was a reference ("REFS: A. HANOI 2622 B. HANOI 3288 C. HANOI 1504 D.
    // HANOI") or "Classified By: …", which may run on over the next.
    let mut in_refs = false;
    let mut classified = false;
    // The line before was an addressee line that ends open ("…, TREASURY FOR").
    let mut addressing = false;
    while index < lines.len() {
        let line = &lines[index];
        let text = line.trimmed();
        if line.is_blank() && !is_rule(line) {
            index += 1;
            continue;
        }
        if text.starts_with("SUBJECT:") || text.starts_with("SUBJ:") {
            // The subject runs on over a few lines, up to the next routing line or a break.
            // (A copy may repeat the header: the first subject is the title.)
            let runs_on = |l: &Line| {
                let text = l.trimmed();
                !l.is_blank()
                    && !is_rule(l)
                    && !starts_cable_routing(text)
                    && !is_classified_by(text)
                    && roman_heading_prefix(text).is_none()
                    && !starts_list_item(text)
            };
            // A wrapped subject's lines are full but for its last: the line after a short
            // one is the cable's text, and so is a numbered paragraph, a "Summary" or, under
            // a subject in capitals, a line in lower case.
            let capitals = !text.chars().any(char::is_lowercase);
            let full = |l: &Line| l.width >= 50;
            let text_starts = |l: &Line| {
                let t = l.trimmed();
                t.starts_with(|c: char| c.is_ascii_digit())
                    || ["(U)", "(SBU)", "(C)"].iter().any(|m| t.starts_with(m))
                    || starts_list_item(t)
                    || t.get(..7)
                        .is_some_and(|w| w.eq_ignore_ascii_case("summary"))
                    || (capitals && t.chars().any(char::is_lowercase))
            };
            // (A line going on in lower case goes on with the subject, however short the line
            // before: "SUBJECT: Counternarcotics Update: Latest heroin" / "seizures; New trend
            // in smuggling".)
            let lower_next = |l: &Line| !capitals && l.trimmed().starts_with(char::is_lowercase);
            // (Nor does one end on a little word: "… ACCUSES IRAN OF TRYING TO" / "DESTABILIZE
            // IRAQ".)
            let ends_open = |l: &Line| {
                l.trimmed()
                    .rsplit(' ')
                    .next()
                    .is_some_and(is_little_word_in_capitals)
            };
            let mut subject_end = index + 1;
            while subject_end < index + 4
                && (full(&lines[subject_end - 1])
                    || ends_open(&lines[subject_end - 1])
                    || lines.get(subject_end).is_some_and(lower_next))
                && lines
                    .get(subject_end)
                    .is_some_and(|l| runs_on(l) && !text_starts(l))
            {
                subject_end += 1;
            }
            subject.get_or_insert(index..subject_end);
            end = subject_end;
            index = subject_end;
            in_refs = false;
            classified = false;
            continue;
        }
        // One stray line between routing lines ("C O R R E C T E D C O P Y") is theirs.
        let stray = || {
            lines[index + 1..]
                .iter()
                .find(|l| !l.is_blank())
                .is_some_and(|next| starts_cable_routing(next.trimmed()))
        };
        let stray_after_routing = index > start && index == end && stray();
        // ("CLASSIFIED BY: Gene A. Cretz, Ambassador, U.S. Embassy - " / "Tripoli, U.S. Dept of
        // State." / "REASON: 1.4 (b), (d)": a line more before the reasons.)
        let reasons_next = || {
            lines[index + 1..]
                .iter()
                .find(|l| !l.is_blank())
                .is_some_and(|next| is_classification_reasons(next.trimmed()))
        };
        // "STATE FOR INL JAMES HIDES, … TREASURY FOR" / "OSIA MAUREEN WAFER, …, VAN KOCH," /
        // "MILLAR": the addressees, wrapped in capitals.
        let addressee_goes_on = addressing
            && text.len() <= 80
            && !text.chars().any(char::is_lowercase)
            && text.chars().any(char::is_alphabetic);
        let goes_on = (in_refs && is_reference_continuation(text))
            || (classified && (is_classification_reasons(text) || reasons_next()))
            || addressee_goes_on;
        if !(is_cable_routing(text) || goes_on || stray_after_routing) {
            break;
        }
        in_refs = ["REF", "Ref"].iter().any(|r| text.starts_with(r))
            || is_reference_item(text)
            || (in_refs && goes_on);
        classified = is_classified_by(text) || (classified && !is_classification_reasons(text));
        addressing = (addressee_goes_on || is_cable_routing(text))
            && (text.ends_with(',') || text.ends_with(" FOR") || text.ends_with(" AND"));
        marks +=
            usize::from(CABLE_MARKS.iter().any(|m| text.starts_with(m)) || is_plusd_stamp(text));
        index += 1;
        end = index;
    }
    // A web archive's record of the cable above its routing lines ("Viewing cable …",
    // "Cable title: …") goes with them when the cable names itself by its subject.
    let start = if subject.is_some() { 0 } else { start };
    // (A partial copy may keep one routing line and the subject: "E.O. 12958: N/A" over
    // "SUBJECT: Drug Eradication and Seizure Report …".)
    (marks >= 2 || (marks == 1 && subject.is_some())).then_some(CableHeader {
        start,
        end,
        subject,
    })
}

/// "Classified By: DCM Jefferson Brown, Reasons 1.4 (b&d)": who classified a cable, and why.
fn is_classified_by(text: &str) -> bool {
    // ("(U) Classified by Ambassador Eric Edelman; reasons: E.O. 12958 1.4 (a,b,c,d).")
    let text = text.strip_prefix("(U) ").unwrap_or(text);
    text.get(..13)
        .is_some_and(|start| start.eq_ignore_ascii_case("classified by"))
        && text[13..].starts_with([':', ' '])
}

/// "for reasons 1.4 (b) and (d).", "and (D).": the end of a "Classified By:" line, wrapped.
fn is_classification_reasons(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    // (The letters alone only on a short line: "Representative Robert Wexler (D, Florida),"
    // is the cable's text.)
    text.len() <= 60
        && (["reason", "1.4", "1.5"]
            .iter()
            .any(|mark| lower.contains(mark))
            || (text.len() <= 16 && ["(b", "(d"].iter().any(|mark| lower.contains(mark))))
}

/// A reference list's next line: "- (B) Colombo 580, and previous (All Notal)", "B.
/// GUATEMALA 1693", or a wrapped line going on with the telegrams ("1885 E. HANOI 0827 F.
/// HANOI 1043").
fn is_reference_continuation(text: &str) -> bool {
    let text = text.trim_start_matches(['-', ' ']);
    let bytes = text.as_bytes();
    let letter_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_uppercase);
    let lettered = (bytes.first() == Some(&b'(') && letter_at(1) && bytes.get(2) == Some(&b')'))
        || (letter_at(0) && bytes.get(1) == Some(&b'.') && bytes.get(2) == Some(&b' '));
    // (Not a numbered paragraph in capitals: "1. SUMMARY: …".)
    let wrapped = text
        .split(' ')
        .next()
        .is_some_and(|first| !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit()))
        && !text.chars().any(char::is_lowercase);
    // (A lettered one may cite a telegram of one or two digits: "B. KUWAIT 79".)
    let least_digits = if lettered { 1 } else { 3 };
    let telegram_number = text.split_whitespace().any(|word| {
        let word = word.trim_end_matches([',', ')', ';']);
        word.len() >= least_digits && word.bytes().all(|b| b.is_ascii_digit())
    });
    // "PARIS 2359 (NOTAL)": a telegram alone, in capitals.
    let telegram = !text.chars().any(char::is_lowercase)
        && text.len() <= 40
        && !text.split_whitespace().any(is_little_word_in_capitals);
    (lettered || wrapped || telegram) && text.len() <= 80 && telegram_number
}

/// What only a cable's routing lines start with.
const CABLE_MARKS: &[&str] = &["SIPDIS", "E.O. 12958", "E.O.12958", "TAGS", "DE RUE"];

/// The routing lines as one block of chrome (two, around the subject), the subject as a
/// block of its own, without its "SUBJECT:".
fn push_cable_header(lines: &[Line], cable: &CableHeader, blocks: &mut Vec<SourceBlock>) {
    let subject = cable.subject.clone().unwrap_or(cable.end..cable.end);
    let routing = |range: std::ops::Range<usize>| {
        (!range.is_empty()).then(|| SourceBlock {
            text: joined_lines(&lines[range.clone()]),
            source_lines: range.len() as u32,
            page_furniture: true,
            ..SourceBlock::default()
        })
    };
    blocks.extend(routing(cable.start..subject.start));
    if !subject.is_empty() {
        let text = joined_lines(&lines[subject.clone()]);
        let text = text
            .split_once(':')
            .map_or(text.as_str(), |(_, rest)| rest)
            .trim();
        // "(U) LAOS: 2008 INCSR PART I": the paragraph's classification is no part of it.
        let text = ["(U)", "(SBU)", "(C)"]
            .iter()
            .find_map(|mark| text.strip_prefix(mark))
            .unwrap_or(text)
            .trim_start();
        // "… DRUGS AND CHEMICAL CONTROL (EUR, SCA)": nor are the bureaus it is for.
        let text = text
            .strip_suffix(')')
            .and_then(|t| t.rsplit_once('('))
            .filter(|(_, bureaus)| {
                bureaus.len() <= 24
                    && bureaus
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || matches!(b, b',' | b'/' | b' '))
                    && bureaus
                        .split([',', '/', ' '])
                        .filter(|w| !w.is_empty())
                        .all(|w| w.len() <= 4)
            })
            .map_or(text, |(before, _)| before.trim_end());
        blocks.push(SourceBlock {
            kind: BlockKind::Title,
            text: text.to_owned(),
            source_lines: subject.len() as u32,
            ..SourceBlock::default()
        });
    }
    blocks.extend(routing(subject.end..cable.end));
}

/// The text of `lines` that are not blank, trimmed and joined by spaces.
fn joined_lines(lines: &[Line]) -> String {
    lines
        .iter()
        .filter(|l| !l.is_blank())
        .map(|l| l.trimmed())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One of a cable's routing lines: its classification, distribution, tags, references,
/// addressees ("TO RUEHC/SECSTATE WASHDC", "RUEHCV/AMEMBASSY CARACAS", "DEPT FOR INL/LP"),
/// or its date-time group ("R 211031Z NOV 07").
fn is_cable_routing(text: &str) -> bool {
    if starts_cable_routing(text) {
        return true;
    }
    let capitals = !text.chars().any(char::is_lowercase);
    // "RUEHCV/AMEMBASSY CARACAS", "DEPT FOR INL, INL/T", "DEA HQS FOR OILS": an office, in a
    // word or two, and whom the cable is for ("1. SUMMARY: LATVIA IS A TRANSIT COUNTRY FOR
    // DRUGS" is the cable's text).
    let for_office = text.starts_with("FOR ")
        || text.split_once(" FOR ").is_some_and(|(office, _)| {
            office.split_whitespace().count() <= 2 && !office.contains('.')
        });
    let address = capitals
        && text.len() <= 80
        && !text.starts_with(|c: char| c.is_ascii_digit())
        && ((text.starts_with("RUE") && text.contains('/')) || for_office);
    let date_time_group = is_date_time_group(text);
    address
        || date_time_group
        // (Not one that runs on into the cable's first paragraph, its line ends lost.)
        || (is_classified_by(text) && text.len() <= 200)
        || is_reference_item(text)
        || is_plusd_stamp(text)
        || is_section_marker(text)
}

/// The little words that join a phrase written in capitals ("SEIZURES IN 2003", "… OF TRYING
/// TO"), which a telegram's office and number never hold. (In any case: a subject line's
/// last word may be in lower case.)
fn is_little_word_in_capitals(word: &str) -> bool {
    [
        "A", "IN", "OF", "FOR", "AND", "THE", "TO", "ON", "BY", "AT", "WITH", "FROM",
    ]
    .iter()
    .any(|little| word.eq_ignore_ascii_case(little))
}

/// "B. STATE 328024", "A. 05 BOGOTA 1234", "B. RANGOON 1412 (INCSR PART II)": an item of a
/// cable's references, a telegram's office and number ("B. SEIZURES IN 2003" is a lettered
/// head and its year).
fn is_reference_item(text: &str) -> bool {
    !text.chars().any(char::is_lowercase)
        && text.len() <= 40
        && text.split_once(". ").is_some_and(|(letter, rest)| {
            // "B. RANGOON 1412 (INCSR PART II)": the telegram, and what it was about.
            let rest = rest.split_once(" (").map_or(rest, |(telegram, _)| telegram);
            // A head's words join with little words ("SEIZURES IN 2003"); a telegram's
            // office ("03 SANTO DOMINGO 6543") has none.
            let little = rest.split_whitespace().any(is_little_word_in_capitals);
            letter.len() == 1
                && letter.bytes().all(|b| b.is_ascii_uppercase())
                && !little
                && rest.rsplit_once(' ').is_some_and(|(_, number)| {
                    number.len() >= 3 && number.bytes().all(|b| b.is_ascii_digit())
                })
        })
}

/// "P 031426Z NOV 09": a precedence, a day and time in Zulu, a month and a year.
fn is_date_time_group(text: &str) -> bool {
    // One or two capitals and a space, then the day's digits: told by the first bytes.
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let capital_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_uppercase);
    let space_at = |i: usize| bytes.get(i) == Some(&b' ');
    if !(capital_at(0)
        && ((space_at(1) && digit_at(2)) || (capital_at(1) && space_at(2) && digit_at(3))))
    {
        return false;
    }
    let mut parts = text.split_whitespace();
    let (Some(precedence), Some(day_time)) = (parts.next(), parts.next()) else {
        return false;
    };
    precedence.len() <= 2
        && precedence.bytes().all(|b| b.is_ascii_uppercase())
        && is_zulu_day_time(day_time)
        && parts.count() == 2
}

/// A routing line only a cable has, standing alone where a partial copy kept it: "E.O.
/// 12958: N/A", "R 302003Z OCT 08", a web archive's "Tags: SNAR JM".
pub fn is_stray_routing(text: &str) -> bool {
    // Each kind is told first by its first bytes: most lines are turned away at once.
    let bytes = text.as_bytes();
    if text.len() > 80 || !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    // "SIPDIS", "NOFORN": a distribution mark a printout repeats inside the text ("… growth
    // of" / "SIPDIS" / "12.8 percent in 2006").
    if matches!(
        text,
        "SIPDIS" | "NOFORN" | "SIPDIS NOFORN" | "NOFORN SIPDIS"
    ) {
        return true;
    }
    if let Some(codes) = text
        .strip_prefix("Tags:")
        .or_else(|| text.strip_prefix("TAGS:"))
    {
        let mut codes = codes.split([' ', ',']).filter(|c| !c.is_empty()).peekable();
        return codes.peek().is_some()
            && codes.all(|c| c.len() <= 6 && c.bytes().all(|b| b.is_ascii_uppercase()));
    }
    // "UNCLAS LIMA 000123", "CONFIDENTIAL SECTION 01 OF 03 BOGOTA 004567": a cable's
    // classification and number, in capitals.
    if [
        "UNCLAS ",
        "CONFIDENTIAL ",
        "SECRET ",
        "C O N F I D E N T I A L ",
        "S E C R E T ",
    ]
    .iter()
    .any(|c| text.starts_with(c))
    {
        return !text.chars().any(char::is_lowercase)
            && !text.contains(',')
            && text.rsplit_once(' ').is_some_and(|(_, number)| {
                number.len() >= 3 && number.bytes().all(|b| b.is_ascii_digit())
            });
    }
    // "REF: STATE 324347", "Ref: SECSTATE 136780": the telegram a cable answers.
    if let Some(reference) = ["REF:", "Ref:", "REFS:", "Refs:"]
        .iter()
        .find_map(|label| text.strip_prefix(label))
    {
        return !reference.chars().any(char::is_lowercase)
            && reference.bytes().any(|b| b.is_ascii_digit());
    }
    // "E.O. 12958: N/A", "E.O. 12958: DECL: 01/01/2015" (not a line of prose naming the
    // order).
    if text.starts_with("E.O.") {
        return ["E.O. 12958", "E.O.12958", "E.O. 13526", "E.O.13526"]
            .iter()
            .any(|s| {
                text.strip_prefix(s)
                    .is_some_and(|rest| rest.starts_with(':'))
            });
    }
    // "DE RUEHGB #3353/01 3630414": the station that sent the cable and its serial number.
    if let Some(rest) = text.strip_prefix("DE ") {
        let mut words = rest.split(' ');
        return words.next().is_some_and(|station| {
            (4..=7).contains(&station.len()) && station.bytes().all(|b| b.is_ascii_uppercase())
        }) && words.next().is_some_and(|serial| {
            serial.len() > 1
                && serial.starts_with('#')
                && serial
                    .bytes()
                    .skip(1)
                    .all(|b| b.is_ascii_digit() || b == b'/')
        });
    }
    // "B. STATE 328024", "B. RANGOON 1412 (INCSR PART II)": a letter and its stop, and a
    // telegram of the State Department's or one said what it was about ("A. LABS DESTROYED
    // 1245" is a cable's own list).
    let lettered = bytes.get(1) == Some(&b'.') && bytes.get(2) == Some(&b' ');
    // (The letter and ". " are ASCII: the slice after them starts on a character.)
    let telegram = lettered && (text[3..].starts_with("STATE ") || text.ends_with(')'));
    (telegram && is_reference_item(text)) || is_date_time_group(text)
}

/// "ATHENS 00001920 001.2 OF 007", "RANGOON 00001127 002 OF 007": the telegram's number and
/// the section a page of its printout starts, over each section of a long cable.
pub fn is_section_marker(text: &str) -> bool {
    // Told first by its last bytes, " OF 007": most lines are let go at once.
    let bytes = text.as_bytes();
    if bytes.len() < 20 || !bytes[bytes.len() - 7..].starts_with(b" OF ") {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let [place @ .., number, section, of, sections] = &words[..] else {
        return false;
    };
    let digits = |w: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let section = section.split_once('.').map_or(*section, |(whole, _)| whole);
    (1..=3).contains(&place.len())
        && place
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
        && digits(number, 6..=8)
        && digits(section, 3..=3)
        && *of == "OF"
        && digits(sections, 3..=3)
}

/// "191712Z": the day, hour and minute of a cable's date-time group, in Zulu time.
pub fn is_zulu_day_time(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 7 && bytes[6] == b'Z' && bytes[..6].iter().all(u8::is_ascii_digit)
}

/// A routing line told by how it starts ("SIPDIS", "TAGS: SNAR", "REF: STATE 249035"): what a
/// cable's subject, running on over lines of capitals, never starts with.
fn starts_cable_routing(text: &str) -> bool {
    const STARTS: &[&str] = &[
        "UNCLAS",
        "CONFIDENTIAL",
        "SENSITIVE",
        "LIMITED OFFICIAL USE",
        "SIPDIS",
        "E.O. 12958",
        "E.O.12958",
        "TAGS",
        "REF:",
        "REFS:",
        "Ref:",
        "Refs:",
        "REF ",
        "DE RUE",
        "FM ",
        "TO ",
        "INFO ",
        "VZCZC",
        "RR ",
        "ZNR ",
        "SUBJECT:",
        "SUBJ:",
        // A printout's classification, spaced out.
        "C O N F I D E N T I A L",
        "S E C R E T",
        "U N C L A S",
    ];
    STARTS.iter().any(|s| text.starts_with(s))
}

/// Whether line `index` is a part head like "I  Summary" or "II  Status of Country": a Roman
/// numeral, two spaces, a few words in capitals or Title Case, no stop, blank lines around.
fn spaced_roman_head(lines: &[Line], index: usize) -> bool {
    let text = lines[index].trimmed();
    let numeral = text
        .find(|c: char| !matches!(c, 'I' | 'V' | 'X'))
        .unwrap_or(text.len());
    let rest = &text[numeral..];
    let blank = |i: Option<usize>| i.and_then(|i| lines.get(i)).is_none_or(Line::is_blank);
    (1..=4).contains(&numeral)
        && rest.starts_with("  ")
        && !text.ends_with('.')
        && text.len() <= 60
        && rest.trim_start().starts_with(|c: char| c.is_uppercase())
        && blank(index.checked_sub(1))
        && blank(Some(index + 1))
}

/// "*** Alabama": a few words after three or more asterisks, a head some text files mark
/// parts with (not Project Gutenberg's "*** START OF …" lines).
fn starred_head(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("***")?.trim_start_matches('*');
    let head = rest.trim();
    let words = head.split_whitespace().count();
    let marker = head.to_ascii_uppercase();
    (rest.starts_with(' ')
        && (1..=5).contains(&words)
        && !head.contains('*')
        && !marker.starts_with("START")
        && !marker.starts_with("END"))
    .then_some(head)
}

/// Whether `line` goes on with the table-like block `previous` ends: another row of columns,
/// or a label's second line hanging far to the right ("and Management Division").
fn continues_columns(previous: &Line, line: &Line) -> bool {
    if previous.menu || line.menu {
        return false;
    }
    let indent = |l: &Line| l.raw.len() - l.raw.trim_start().len();
    line.is_columnar()
        || line.raw.trim().contains("  ")
        || (previous.is_columnar() && indent(line) >= indent(previous) + 6)
}

/// The lines of a court reporter's transcript made plain, or `None` when the text is not
/// one. Transcripts number every line of a page ("    12    about how future such …"),
/// double-space them, and indent each new speaker's turn. The numbers are dropped, the
/// double spacing is closed up, and a blank line is put before each indented turn, so that
/// the common machinery reflows the rest. Page numbers stay, to be found as page furniture.
fn transcript_lines(lines: &[Line]) -> Option<Vec<String>> {
    /// The line number and the column where the text after it starts.
    fn numbered(line: &str) -> Option<(u32, usize)> {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = line.get(indent..)?;
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if indent > 8 || digits == 0 || digits > 2 {
            return None;
        }
        let after = rest.get(digits..)?;
        let gap = after.len() - after.trim_start_matches(' ').len();
        if gap < 2 || after.trim().is_empty() {
            return None;
        }
        let number: u32 = rest.get(..digits)?.parse().ok()?;
        (1..=30)
            .contains(&number)
            .then_some((number, indent + digits + gap))
    }
    // Counted before anything is gathered: most texts are not transcripts.
    let (mut non_blank, mut numbered_count) = (0usize, 0usize);
    for line in lines {
        non_blank += usize::from(!line.raw.trim_start().is_empty());
        numbered_count += usize::from(numbered(line.raw).is_some());
    }
    if numbered_count < 50 || numbered_count * 10 < non_blank * 6 {
        return None;
    }
    let base = lines
        .iter()
        .filter_map(|l| numbered(l.raw))
        .map(|(_, column)| column)
        .min()?;
    let mut out = Vec::with_capacity(lines.len());
    let mut in_numbered = false;
    for line in lines.iter().map(|l| l.raw) {
        if let Some((_, column)) = numbered(line) {
            let content = line.get(column..).unwrap_or("").trim_end();
            let indent = column - base;
            if indent > 0 {
                out.push(String::new());
            }
            out.push(format!("{}{content}", " ".repeat(indent)));
            in_numbered = true;
        } else if line.trim().is_empty() {
            if !in_numbered {
                out.push(String::new());
            }
        } else {
            out.push(line.to_owned());
        }
    }
    Some(out)
}

/// The shortest run of short indented lines read as a menu when no no-break space marks it.
const MENU_RUN: usize = 5;

/// Marks menu lines: those indented with no-break spaces, and runs of short indented items
/// ("  Latest News (All)", "     From Greece" …) whose no-break spaces were lost in copying.
/// Three or more items between menu separators: "Home | Countries | Reports". (Not French
/// quotation marks, « Drogues », nor a Catalan middle dot.)
fn is_menu_bar(text: &str) -> bool {
    // Most lines have neither: told by a vectorised search first.
    if memchr::memchr(b'|', text.as_bytes()).is_none() && text.is_ascii() {
        return false;
    }
    let bars = text.bytes().filter(|&b| b == b'|').count();
    let dots = || text.matches(" • ").count() + text.matches(" · ").count();
    bars >= 3 || (!text.is_ascii() && dots() + bars >= 3)
}

/// "You are in: Under Secretary … > Bureau … > Releases": a site's trail to the page.
pub fn is_trail(text: &str) -> bool {
    let text = text.trim_start();
    (text.starts_with("You are in") || text.starts_with("You are here"))
        && text.matches(" > ").count() + text.matches(" » ").count() >= 2
}

/// "Washington, DC, February 1999": a place and the date a cover gives, in title case; or
/// the date alone, "March 2002", "February 26, 1999".
fn cover_dateline(line: &Line) -> bool {
    let text = line.trimmed();
    let lone_date = || {
        text.len() <= 20
            && text
                .split_whitespace()
                .next()
                .is_some_and(crate::extract::dates::is_month_name)
    };
    ends_on_year(text) && (lone_date() || (dateline(text, line.width) && is_title_case(text)))
}

/// "Washington, DC, March 1998": a cover's place and date, a line of its own.
fn dateline(text: &str, width: usize) -> bool {
    width <= 40 && text.contains(", ") && text.bytes().any(|b| b.is_ascii_digit())
}

fn mark_menu_runs(lines: &mut [Line]) {
    let item = |l: &Line| {
        let text = l.trimmed();
        l.raw.starts_with([' ', '\u{a0}', '\t'])
            && !text.is_empty()
            && text.chars().count() <= 32
            && ((!text.ends_with(['.', ',', ';']) && text.chars().any(char::is_lowercase))
                || is_dotted_abbreviation(text))
            && !text.starts_with(|c: char| c.is_ascii_digit())
    };
    let mut i = 0;
    while i < lines.len() {
        if lines[i].nbsp_indented() {
            lines[i].menu = true;
        }
        if !item(&lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        // Section words of the menu ("News", "Web Sites") may stand flush between its items.
        let mut end = i;
        let mut items = 0;
        while end < lines.len() {
            let line = &lines[end];
            if item(line) {
                items += 1;
            } else if line.is_blank()
                || line.trimmed().split_whitespace().count() > 3
                || (line.trimmed().ends_with('.') && !is_dotted_abbreviation(line.trimmed()))
            {
                break;
            }
            end += 1;
        }
        if items >= MENU_RUN {
            for line in &mut lines[start..end] {
                line.menu = true;
            }
        }
        i = end.max(i + 1);
    }
}

/// "F.A.Q.", "U.S.": one word of letters and dots, a menu item though it ends with a full stop.
/// Abbreviated titles that stand before a name and never end a sentence.
const NAME_TITLES: &[&str] = &[
    "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.",
    "Gov.", "Sen.", "Rep.", "Prof.", "Mt.", "Ft.", "Hon.", "Rev.",
];

fn is_dotted_abbreviation(text: &str) -> bool {
    text.len() <= 12
        && text.matches('.').count() >= 2
        && text.chars().all(|c| c.is_alphabetic() || c == '.')
}

impl<'a> Line<'a> {
    fn new(raw: &'a str) -> Self {
        let trimmed_end = raw.trim_end();
        let trimmed = trimmed_end.trim_start();
        let gaps_inside = gaps(trimmed);
        Self {
            raw,
            trimmed,
            blank: !raw
                .chars()
                .any(|c| c.is_alphanumeric() || is_visible_mark(c)),
            collapsed: gaps_inside.spaces < 2 && !gaps_inside.other_bytes,
            width: char_count(trimmed_end),
            menu: false,
            furniture: false,
            columnar: gaps_inside.spaces >= 3 || gaps_inside.dots >= 5 || gaps_inside.spaced_dots,
            // Leading indentation counts for a wide gap; only then is the raw line measured.
            spaced: gaps_inside.spaces >= 10 || (raw.starts_with(' ') && gaps(raw).spaces >= 10),
        }
    }

    fn trimmed(&self) -> &'a str {
        self.trimmed
    }

    /// Empty, or only spaces and no-break spaces (menus in text dumps leave such lines).
    fn is_blank(&self) -> bool {
        self.blank
    }

    fn nbsp_indented(&self) -> bool {
        self.raw.starts_with('\u{a0}') || self.raw.starts_with(" \u{a0}")
    }

    /// Laid out in columns: runs of three or more spaces inside the line, or dot leaders.
    fn is_columnar(&self) -> bool {
        self.columnar
    }

    /// Appends the trimmed line with its runs of white space (tabs, no-break spaces) made one
    /// space.
    fn push_collapsed(&self, out: &mut String) {
        if self.collapsed {
            out.push_str(self.trimmed);
            return;
        }
        let mut in_space = false;
        for c in self.trimmed.chars() {
            if c.is_whitespace() {
                if !in_space {
                    out.push(' ');
                }
                in_space = true;
            } else {
                out.push(c);
                in_space = false;
            }
        }
    }

    fn first_word_width(&self) -> usize {
        self.trimmed()
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count())
    }
}

/// Punctuation a block can consist of without letters ("|", "* * *"): separators, kept blank.
fn is_visible_mark(c: char) -> bool {
    matches!(c, '$' | '%' | '€' | '£')
}

/// The wrap width of a hard-wrapped text, or `None` when lines are paragraphs.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let prose: Vec<&Line> = lines
        .iter()
        .filter(|l| !l.is_blank() && !l.is_columnar())
        .collect();
    if prose.len() < 4 {
        return None;
    }
    let long = prose.iter().filter(|l| l.width > MAX_WRAP_WIDTH).count();
    // Text saved from web pages has its paragraphs on single long lines.
    if long * 10 > prose.len() {
        return None;
    }
    let mut widths: Vec<usize> = prose.iter().map(|l| l.width).filter(|&w| w >= 40).collect();
    // Most lines short is a list, not wrapped prose; but a dozen and a half wrapped lines are
    // prose under a cable's header of short labels and codes.
    if widths.len() * 3 < prose.len() && widths.len() < 16 {
        return None;
    }
    widths.sort_unstable();
    // Failing that, the width is read off the lines that start at the margin, or near it: a
    // line set far in (a right-aligned page header's "JAN 30") is as wide as the page, not
    // the wrap.
    let mut flush: Vec<usize> = prose
        .iter()
        .filter(|l| !l.raw.starts_with(' ') || l.width < l.trimmed().chars().count() + 20)
        .map(|l| l.width)
        .filter(|&w| w >= 40)
        .collect();
    flush.sort_unstable();
    // A wrapper never passes its width, so the longest lines give it — but not a lone title
    // line longer than the rest: the width must be shared by a cluster of lines, and most
    // lines come near it.
    let wrapped_at = |chosen_from: &[usize]| {
        let cluster = (chosen_from.len() / 10).max(2);
        let width = chosen_from
            .iter()
            .rev()
            .copied()
            // Sorted: the lines within four columns below `w` are counted by two binary
            // searches, not a scan (a text of a million lines stays linear).
            .find(|&w| {
                let upto = chosen_from.partition_point(|&x| x <= w);
                let from = chosen_from.partition_point(|&x| x + 4 < w);
                // (In a short text, two copies of one line, a cable's "TAGS: …" header said
                // again, are no cluster.)
                let said_twice = || {
                    let mut near = prose.iter().filter(|l| l.width <= w && l.width + 4 >= w);
                    let first = near.next().map(|l| l.trimmed());
                    near.all(|l| Some(l.trimmed()) == first)
                };
                upto - from >= cluster && !(cluster == 2 && said_twice())
            })
            .unwrap_or(chosen_from[chosen_from.len() - 1]);
        let near_width = widths.iter().filter(|&&w| w + 20 >= width).count();
        (near_width * 2 >= widths.len()).then_some(width)
    };
    wrapped_at(&widths).or_else(|| (flush.len() >= 4).then(|| wrapped_at(&flush)).flatten())
}

/// An old cable written all in capitals: most of its long lines have no lower-case letter.
/// Its lines in capitals are then its prose, not its heads.
fn written_in_capitals(lines: &[Line]) -> bool {
    let prose = lines
        .iter()
        .filter(|l| !l.is_blank() && !l.is_columnar())
        .map(|l| l.trimmed());
    mostly_in_capitals(prose, 40, 30, 5)
}

/// Whether four in five of `texts` of `min_bytes` or more are in capitals (with `min_letters`
/// letters at least), and there are `min_texts` such texts: a text written in capitals.
pub fn mostly_in_capitals<'a>(
    texts: impl Iterator<Item = &'a str>,
    min_bytes: usize,
    min_letters: usize,
    min_texts: usize,
) -> bool {
    let (mut long, mut capitals) = (0, 0);
    for text in texts.filter(|t| t.len() >= min_bytes) {
        // Told by its first lower-case letter, most texts at once; only the rest are counted.
        if text.bytes().any(|b| b.is_ascii_lowercase()) || text.chars().any(char::is_lowercase) {
            long += 1;
        } else if text.bytes().filter(u8::is_ascii_alphabetic).count() >= min_letters {
            long += 1;
            capitals += 1;
        }
    }
    long >= min_texts && capitals * 5 >= long * 4
}

/// "8. COCA CULTIVATION …", "B. LAW ENFORCEMENT": a cable's numbered or lettered paragraph.
fn starts_numbered_paragraph(text: &str) -> bool {
    paragraph_number(text).is_some()
        // ("U. S. ASSISTANCE" is an abbreviation spaced out, no lettered paragraph.)
        || text.split_once(". ").is_some_and(|(letter, rest)| {
            letter.len() == 1
                && letter.bytes().all(|b| b.is_ascii_uppercase())
                && rest.split_once(' ').is_none_or(|(word, _)| word.len() > 2)
        })
}

/// "5. (SBU) …", "1.(C) SUMMARY.": a cable's paragraph number and the paragraph's
/// classification.
fn starts_marked_paragraph(text: &str) -> bool {
    // Told first by its first bytes: most lines are let go at once.
    // (The number and its stop are ASCII: the text after them starts on a character.)
    let rest = match text.as_bytes() {
        [a, b'.', ..] if a.is_ascii_digit() => &text[2..],
        [a, b, b'.', ..] if a.is_ascii_digit() && b.is_ascii_digit() => &text[3..],
        _ => return false,
    };
    rest.trim_start_matches(' ')
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(mark, _)| {
            (1..=12).contains(&mark.len())
                && mark.bytes().all(|b| b.is_ascii_uppercase() || b == b'/')
        })
}

/// "1. The following is Embassy La Paz's submission …": a cable's paragraph number (one or two
/// digits and a stop) and the text after it.
pub fn paragraph_number(text: &str) -> Option<(&str, &str)> {
    text.split_once(". ").filter(|(number, _)| {
        (1..=2).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
    })
}

/// In a text written in capitals, a head standing on a line of its own: a few words with no
/// stop, after a sentence's end, over a numbered paragraph or short of the wrap width.
fn is_capitals_head(lines: &[Line], index: usize, width: usize) -> bool {
    let text = lines[index].trimmed();
    let words = text.split_whitespace().count();
    if !(1..=12).contains(&words)
        || text.ends_with(['.', ',', ';', ':', '?', '!', '-', ')'])
        || starts_numbered_paragraph(text)
    {
        return false;
    }
    let after_an_end = index
        .checked_sub(1)
        .is_none_or(|i| lines[i].is_blank() || ends_sentence(lines[i].trimmed()));
    let over_a_paragraph = lines.get(index + 1).is_some_and(|next| {
        let next = next.trimmed();
        starts_numbered_paragraph(next) || roman_heading_prefix(next).is_some()
    });
    after_an_end && (over_a_paragraph || lines[index].width * 10 < width * 8)
}

/// In hard-wrapped text: does `line` start a new block rather than continue `previous`?
/// (`capitals`: the text is written in capitals, and a line in capitals is no heading for it;
/// `Some(true)` when this line or the one before is a head standing alone.)
fn is_paragraph_break(previous: &Line, line: &Line, width: usize, capitals: Option<bool>) -> bool {
    let text = line.trimmed();
    let prev_text = previous.trimmed();
    // Whether this line's first word would have fitted on the previous line: if not, the
    // wrapper cut the previous line where it did.
    let fitted = || previous.width + 1 + line.first_word_width() + 2 <= width;
    if previous.is_columnar() || line.is_columnar() {
        return true;
    }
    if previous.menu || line.menu {
        return true;
    }
    // "… transiting Kazakhstan, according to" / "GOK" / "officials": an acronym a second wrap
    // left alone, inside its sentence.
    if !text.contains(' ')
        && text.len() <= 6
        && text.bytes().all(|b| b.is_ascii_uppercase())
        && previous.width * 10 >= width * 7
        && !ends_sentence(prev_text)
        && !prev_text.ends_with([':', ';'])
        && !looks_like_heading_line(prev_text)
    {
        return false;
    }
    // "INTERNATIONAL NARCOTICS CONTROL STRATEGY REPORT, MARCH" / "1996: SWEDEN": a title
    // line wrapped between a month and its year.
    if text.len() >= 4
        && text.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && !text.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
        && ends_on_month(prev_text)
    {
        return false;
    }
    // "… Report for Lithuania, Part" / "I: Drugs and Chemical Control": a numeral wrapped
    // after the word it numbers is no heading.
    let numbers_next = || {
        ["Part", "Section", "Chapter", "Annex", "Title", "Volume"]
            .iter()
            .any(|w| prev_text.ends_with(w))
    };
    if roman_heading_prefix(text).is_some() && numbers_next() {
        return false;
    }
    // "… the 1988 UN Drug Convention. END OF" / "SUMMARY": a cable's closing mark, wrapped.
    let closing_mark = text.len() <= 8
        && ["SUMMARY", "TEXT", "NOTE", "COMMENT"]
            .iter()
            .any(|w| text.trim_end_matches('.') == *w)
        && (prev_text.ends_with(" END") || prev_text.ends_with(" END OF"));
    if closing_mark {
        return false;
    }
    if let Some(heads) = capitals {
        let roman = |text: &str| roman_heading_prefix(text).is_some() && char_count(text) <= 90;
        if heads || roman(text) || roman(prev_text) || starts_numbered_paragraph(text) {
            return true;
        }
    } else if prev_text.ends_with(|c: char| c.is_ascii_uppercase())
        && (caps_line_goes_on(prev_text)
        // (Or one filled to the wrap, a lower-case word nowhere near: "… TRANSACTIONS
        // RELATED" / "TO INTERNATIONAL …".)
        || (!fitted()
            && text.len() + 20 >= width
            && !prev_text.ends_with([':', '.', ','])
            && looks_like_heading_line(text)))
        && looks_like_heading_line(prev_text)
    {
        // ("DO FINANCIAL INSTITUTIONS ENGAGE IN CURRENCY TRANSACTIONS RELATED TO" /
        // "INTERNATIONAL NARCOTICS TRAFFICKING …": a line in capitals cut after a little word
        // goes on, a question or a title too long for one line, no head.)
        // (Told first by the line's last byte, a capital: most lines end otherwise.)
        return false;
    } else if looks_like_heading_line(text)
        || (looks_like_heading_line(prev_text)
            // ("… from Iran, Russia and Ukraine." / "MINS" / "statistics for 1998 …": an
            // acronym a second wrap left alone opens its sentence.)
            && !(!prev_text.contains(' ')
                && prev_text.len() <= 6
                && text.starts_with(char::is_lowercase))
            // ("II. Status of Country Cannabis is the most widely used illicit drug in" /
            // "Australia. A 1998 survey …": a part head glued to its text, the line filled to
            // the wrap, goes on; the head is set apart with the rest of its copies'.)
            && (roman_heading_prefix(prev_text).is_none() || fitted()))
    {
        return true;
    }
    // "marijuana - 200,000; hashish" / "- 1.5-3 million": a line going on with the dash the
    // paragraph sets between its labels and figures, not a list's item.
    let dash_goes_on = || {
        text.starts_with("- ")
            && !prev_text.starts_with("- ")
            && prev_text.contains(" - ")
            && prev_text.ends_with(|c: char| c.is_alphabetic())
    };
    if starts_list_item(text) && !dash_goes_on() {
        return true;
    }
    // ("… between Ukraine and St." / "Petersburg and Moscow. Law …": a title or a saint
    // before the name the next line goes on with ends no sentence.)
    // (A line's last word is looked at only where the line ends in a stop: most end
    // otherwise.)
    let last_word = || prev_text.rsplit(' ').next().unwrap_or("");
    let ends_on_title = prev_text.ends_with('.') && {
        let word = last_word();
        word.len() <= 6 && NAME_TITLES.contains(&word.trim_start_matches('('))
    };
    let ends_sentence = ends_sentence(prev_text) && !ends_on_title;
    // ("… objectives of the 1988 U.N." / "Drug Convention. Scarce resources …": a name
    // wrapped after its abbreviation, no head.)
    let ends_on_abbreviation = || is_dotted_abbreviation(last_word());
    if ends_sentence && starts_run_in_head(text) && !ends_on_abbreviation() {
        return true;
    }
    // "… between India and China." / "3. Monitoring and interdiction efforts have …": a
    // cable's next numbered paragraph, in a copy that keeps no blank line between them.
    if ends_sentence
        && text.starts_with(|c: char| c.is_ascii_digit())
        && paragraph_number(text)
            .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_uppercase()))
    {
        return true;
    }
    // "5. (SBU) Elaborating, …": a cable's paragraph, however full the line before.
    if starts_marked_paragraph(text) {
        return true;
    }
    // A word hyphenated across the break, or a sentence going on in lower case, never breaks.
    // ("The number of registered drug addicts" / "was over" / "60,000 by end-1996": a copy
    // wrapped twice leaves a short line inside its sentence, a figure going on from it.)
    // (Only after a word in lower case: "… Queen's Park, Toronto" / "77 Bloor Street", "…
    // (Evaluation Services)" / "12th Floor" are an address's lines, "… Soviet Union)" / "15
    // nations …" a list's.)
    let figure_goes_on = || {
        text.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            && !ends_sentence
            && prev_text
                .rsplit(' ')
                .next()
                .is_some_and(|word| word.trim_start_matches('(').starts_with(char::is_lowercase))
            && !is_title_case(prev_text)
    };
    let continues = (prev_text.ends_with('-') && !prev_text.ends_with("--"))
        || text.starts_with(|c: char| c.is_lowercase())
        || figure_goes_on();
    if continues {
        return false;
    }
    // "International Narcotics Control Strategy Report 2005" / "(Rangoon draft)" / "Burma": a
    // cover's note in brackets is a line of its own, under a title ending in its year.
    let note = |l: &str| l.len() <= 40 && l.starts_with('(') && l.ends_with(')');
    if (note(text) && ends_on_year(prev_text) && is_title_case(prev_text))
        || (note(prev_text) && is_title_case(text))
    {
        return true;
    }
    // "Home | Countries | Reports | Contact": a menu saved as text is a line of its own, and
    // so is a trail ("You are in: … > Releases > 2007 INCSR").
    if is_menu_bar(prev_text) || is_menu_bar(text) || is_trail(prev_text) || is_trail(text) {
        return true;
    }
    // The writer's wrapper would have put this word on the previous line: a deliberate break.
    // Copies are wrapped unevenly, so without a full stop only a clearly short line (a title
    // line) counts.
    // (Not after a little word that leaves its phrase open: "… compared" / "with" / "3.3 in
    // 2000.", "… on the Government of" / "Paraguay".)
    let ends_open_little = || ends_on_title || ends_on_little_word(prev_text);
    if fitted() && (ends_sentence || (previous.width * 10 < width * 7 && !ends_open_little())) {
        return true;
    }
    // Title lines stacked above a report ("1996 International Narcotics Control Strategy
    // Report, March 1997" / "United States Department of State") are each a line of their own.
    // (A line filled to the wrap width was cut by the wrapper: "… and Law Enforcement" /
    // "Affairs, U.S. Department of State". Not before a cover's dateline: "Washington, DC,
    // March 1998".)
    // (Nor one that ends in its date, whole however long: "1996 International Narcotics
    // Control Strategy Report, March 1997" / "United States Department of State".)
    let dated = ends_on_year(prev_text);
    // (Nor before a release month alone: "Released by the Bureau of … Affairs" / "March 2007".)
    let filled = previous.width + 2 >= width
        && !dateline(text, line.width)
        && !cover_dateline(line)
        && !dated;
    // (Nor a line ending in a little word, "… for International Narcotics and" / "Law
    // Enforcement Affairs", or one that opened a bracket it did not close.)
    let open_bracket = || prev_text.matches('(').count() > prev_text.matches(')').count();
    if !filled
        && capitals.is_none()
        && !prev_text.ends_with([',', ';', '-'])
        && !prev_text.starts_with(char::is_lowercase)
        // ("… Strategy Report, March" / "1997" / "United States Department of State": the
        // year a second wrap cut off its title line.)
        && (is_title_case(prev_text) || (dated && prev_text.len() == 4))
        && is_title_case(text)
        && !ends_open_little()
        && !open_bracket()
    {
        return true;
    }
    // A much shorter line that ends a sentence, or indentation starting a new paragraph.
    if ends_sentence && previous.width * 3 < width * 2 {
        return true;
    }
    let indent = |l: &Line| l.raw.len() - l.raw.trim_start().len();
    indent(line) >= 2 && indent(previous) == 0 && ends_sentence
}

/// Whether `line` goes on with the paragraph whose `lines` a copy wrapped a second time cut
/// short: the short piece a second wrapper left after each full line. (`capitals` as
/// [`is_paragraph_break`] takes it: in a text set in capitals a short line may be a head.)
fn goes_on_after_a_second_wrap(
    lines: &[Line],
    line: &Line,
    width: usize,
    capitals: Option<bool>,
) -> bool {
    let Some(previous) = lines.last() else {
        return false;
    };
    // ("… is not a party to the" / "1988" / "UN Convention": a year alone on a line inside
    // its paragraph.)
    let lone_number = lines.len() >= 2 && {
        let number = previous.trimmed();
        number.len() <= 4 && number.bytes().all(|b| b.is_ascii_digit())
    };
    // ("… Strategy Report, March" / "1997" / "United States Department of State": a date cut
    // in two is whole again, and may end its line.)
    let date_whole = lone_number && ends_on_month(lines[lines.len() - 2].trimmed());
    let lone_number_inside = lone_number && !date_whole;
    // ("… which came into" / "effect" / "January 1, 1997, Russian police …": the short piece
    // cut off a full line, inside its sentence.)
    let orphan = !date_whole
        && lines.len() >= 2
        && previous.width * 3 < width
        && lines[lines.len() - 2].width * 5 >= width * 4
        && !has_a_stop(previous.trimmed())
        && capitals.is_none()
        && (!starts_list_item(line.trimmed())
            || line.trimmed().starts_with("- ")
                && line.trimmed()[2..].starts_with(|c: char| c.is_ascii_digit()))
        && !line.trimmed().starts_with('.')
        // (Nor a table's head set far in: "9.26 kilometers)" / "      Length,".)
        && line.raw.len() - line.raw.trim_start().len() < 4
        && !looks_like_heading_line(line.trimmed())
        && !starts_numbered_paragraph(line.trimmed())
        && !starts_marked_paragraph(line.trimmed())
        // (Nor a cover's dateline under its issuer: "U.S.Department of State" / "Washington,
        // DC, February 1999".)
        && !cover_dateline(line);
    lone_number_inside || orphan
}

/// "… Strategy Report, March 1997", "March 2002": a line whose last word is a year's four
/// figures.
fn ends_on_year(text: &str) -> bool {
    text.rsplit(' ')
        .next()
        .is_some_and(|word| word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
}

/// "… implemented in November", "… Strategy Report, March": a line whose last word is a month's
/// name, its year on the next line.
fn ends_on_month(text: &str) -> bool {
    text.rsplit(' ')
        .next()
        .is_some_and(crate::extract::dates::is_month_name)
}

/// "… as possible guidelines. The original", "principles.(1)", "… 200,000;": a line with a
/// stop in it or at its end (not a decimal point's: "2.7 million").
fn has_a_stop(text: &str) -> bool {
    ends_sentence(text)
        || text.contains([':', ';'])
        || [". ", "? ", "! ", ".(", ".)", ".\"", ".”"]
            .iter()
            .any(|stop| text.contains(stop))
}

/// "… on the Government of", "… compared with": a line whose last word leaves its phrase
/// open, so the next line goes on with it.
/// ("According to the 2010" / "International Narcotics Control Strategy Report": an article
/// and a number leave their noun to the next line too.)
fn ends_on_little_word(text: &str) -> bool {
    let mut words = text.rsplit(' ');
    let last = words.next().unwrap_or("");
    LITTLE_WORDS.contains(&last)
        || (!last.is_empty()
            && last.bytes().all(|b| b.is_ascii_digit())
            && words
                .next()
                .is_some_and(|w| matches!(w, "the" | "a" | "an" | "The")))
}

/// The little words that leave a phrase open at a line's end: "… on the Government of".
const LITTLE_WORDS: [&str; 14] = [
    "and", "of", "for", "the", "by", "to", "in", "on", "with", "from", "than", "at", "a", "an",
];

/// "… RELATED TO", "… AMOUNTS OF", "… OR THAT": a line in capitals whose last word, a little
/// word in capitals, leaves its phrase open.
fn caps_line_goes_on(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or("");
    last.len() <= 4
        && last.bytes().all(|b| b.is_ascii_uppercase())
        && (matches!(last, "OR" | "THAT")
            || LITTLE_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w)))
}

/// Most words capitalised (little words aside), and no sentence inside: a title line.
fn is_title_case(text: &str) -> bool {
    // A full stop inside ends a sentence, but not a dotted abbreviation's ("U.S. Department").
    // (An initial's may end one: "… the Honorable John P. White, Deputy" wraps a sentence.)
    let sentence_inside = text
        .match_indices(". ")
        .any(|(at, _)| !is_dotted_abbreviation(text[..=at].rsplit(' ').next().unwrap_or("")));
    if sentence_inside {
        return false;
    }
    let mut words = 0;
    let mut capitalised = 0;
    for word in text.split_whitespace() {
        let Some(first) = word.chars().next() else {
            continue;
        };
        // The little words have three letters at most: longer words are not looked up.
        let little = word.len() <= 3
            && crate::extract::numbers::lowered(word, |w| {
                matches!(
                    w,
                    "of" | "and"
                        | "for"
                        | "the"
                        | "in"
                        | "on"
                        | "to"
                        | "a"
                        | "an"
                        | "by"
                        | "&"
                        | "-"
                )
            });
        if little {
            continue;
        }
        words += 1;
        if first.is_uppercase() || first.is_ascii_digit() {
            capitalised += 1;
        }
    }
    words >= 2 && capitalised * 10 >= words * 9
}

fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end_matches(['"', '\'', ')', '”', '’']);
    text.ends_with(['.', '!', '?', ':'])
}

/// Short lines that stand alone: "I. Summary", "KAZAKSTAN", "III. Country Actions …".
fn looks_like_heading_line(text: &str) -> bool {
    if text.len() > 360 || text.trim().is_empty() {
        return false;
    }
    // Most lines are told by their first lower-case letter; only the rest are counted.
    let short = || text.chars().count() <= 90;
    if roman_heading_prefix(text).is_some() {
        return short();
    }
    let mut letters = 0;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    // "U.S.C. §2291).": a line that closes a bracket it did not open goes on with the line
    // before it.
    let unopened_bracket = || text.matches(')').count() > text.matches('(').count();
    // ("… the Government of the Slovak Republic" / "(GOSR)" / "made only limited progress": an
    // acronym a second wrap left alone on a line.)
    let acronym_alone = || {
        text.trim()
            .trim_end_matches(['.', ',', ';', ':', '-', ' '])
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .is_some_and(|inner| !inner.contains(' '))
    };
    letters >= 3 && !text.ends_with(',') && short() && !unopened_bracket() && !acronym_alone()
}

/// How many characters `text` holds: as many as its bytes when it is ASCII (told a word at a
/// time), else counted.
pub fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// "I", "IV", "XII": a Roman numeral as a part head writes it (not an empty word).
pub fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// The length of a leading Roman numeral and its `.`/`:`/`)` ("IV. " → 4), if the line starts
/// with one followed by a capitalised word.
pub fn roman_heading_prefix(text: &str) -> Option<usize> {
    let numeral_len = text
        .find(|c: char| !matches!(c, 'I' | 'V' | 'X' | 'L'))
        .unwrap_or(text.len());
    if numeral_len == 0 || numeral_len > 5 {
        return None;
    }
    let rest = &text[numeral_len..];
    let rest = rest.strip_prefix(['.', ':', ')'])?;
    let after = rest.trim_start();
    if after.len() == rest.len() {
        return None;
    }
    after
        .chars()
        .next()
        .filter(|c| c.is_uppercase())
        .map(|_| text.len() - after.len())
}

fn starts_list_item(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '·' | '–' | '○' | '▪') => chars.next() == Some(' '),
        Some('(') => {
            let inner: String = chars.take_while(|&c| c != ')').collect();
            // "(1)", "(a)", "(iv)": a number, a letter or a roman numeral. "(NIS), and …" at
            // a wrapped line's start is an abbreviation going on from the line before, and
            // "(361) compared to 1994" a figure: lists are not numbered past 99.
            let roman = |numerals: &str| inner.chars().all(|c| numerals.contains(c));
            let marker = (inner.len() <= 2 && inner.chars().all(|c| c.is_ascii_digit()))
                || (inner.len() == 1 && inner.chars().all(|c| c.is_ascii_alphabetic()))
                || roman("ivx")
                || roman("IVX");
            !inner.is_empty() && inner.len() <= 3 && marker && text.len() > inner.len() + 2
        }
        _ => false,
    }
}

/// "Corruption. Corruption is …": a short Title Case phrase closed by a period at the start
/// of a line. Shared with the structure stage, which finds the same heads after reflow.
pub fn starts_run_in_head(text: &str) -> bool {
    crate::structure::run_in_head_len(text).is_some()
}

/// `===` under a line of similar length gives level 1, `---` level 2.
fn underline_level(rule: &Line, title: &Line) -> Option<u8> {
    let rule_text = rule.trimmed();
    let title_text = title.trimmed();
    // "with the U.S." over a rule: the end of a sentence, not a heading.
    if rule_text.len() < 3
        || title_text.is_empty()
        || title.is_columnar()
        || title_text.starts_with(char::is_lowercase)
        // ("… seized 166 metric tons of cocaine in 2013." over a rule: a sentence.)
        || (title_text.ends_with('.') && title_text.split_whitespace().count() > 6)
    {
        return None;
    }
    // (Tildes are decoration as often: only a title, a few words without figures, is
    // underlined by them; not "Police arrested 2,400 people".)
    let tildes = rule_text.chars().all(|c| c == '~');
    let a_title = || {
        title_text.split_whitespace().count() <= 8
            && !title_text.bytes().any(|b| b.is_ascii_digit())
            && !title_text.ends_with(['.', ',', ';'])
    };
    let level = if rule_text.chars().all(|c| c == '=') {
        1
    } else if rule_text.chars().all(|c| c == '-') || (tildes && a_title()) {
        2
    } else {
        return None;
    };
    let (rule_width, title_width) = (rule.width, title.width);
    (title_width <= 90 && rule_width + 4 >= title_width && rule_width <= title_width * 2 + 4)
        .then_some(level)
}

/// A line of only `-`, `=`, `_`, `*` or similar: a visual rule, not text.
fn is_rule(line: &Line) -> bool {
    let text = line.trimmed();
    text.len() >= 3
        && text
            .chars()
            .all(|c| matches!(c, '-' | '=' | '_' | '*' | '~' | '#' | ' '))
}

#[derive(Default)]
struct BlockBuilder<'a> {
    lines: Vec<Line<'a>>,
    previous: Option<Line<'a>>,
    /// What the text writes elsewhere, where it breaks words at its line ends: a word broken
    /// there ("eradi-" / "cation") is joined again ("drug-" / "related" keeps its hyphen).
    hyphenation: Option<Hyphenation>,
}

impl<'a> BlockBuilder<'a> {
    fn push(&mut self, line: &Line<'a>) {
        self.lines.push(*line);
        self.previous = Some(*line);
    }

    /// The block being built is laid out in columns: its first line is.
    fn is_columnar(&self) -> bool {
        self.lines.first().is_some_and(Line::is_columnar)
    }

    fn finish(&mut self, blocks: &mut Vec<SourceBlock>) {
        self.previous = None;
        if self.lines.is_empty() {
            return;
        }
        let columnar = self.is_columnar() && self.lines.len() > 1;
        let nbsp_indented = self.lines.iter().all(|l| l.menu);
        let text = if columnar {
            // Rows as they were laid out, less the indentation they share.
            let indent = |l: &&Line| l.raw.len() - l.raw.trim_start().len();
            let common = self.lines.iter().map(|l| indent(&l)).min().unwrap_or(0);
            self.lines
                .iter()
                .map(|l| l.raw.get(common..).unwrap_or(l.raw).trim_end())
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            join_wrapped(&self.lines, self.hyphenation.as_ref())
        };
        let kind = if columnar {
            BlockKind::Preformatted
        } else {
            BlockKind::Paragraph
        };
        blocks.push(SourceBlock {
            kind,
            text,
            source_lines: self.lines.len() as u32,
            nbsp_indented,
            ..SourceBlock::default()
        });
        self.lines.clear();
    }
}

/// A wrapped paragraph's line filled to the wrap width, its sentence going on: the page, not
/// the writer, ended it.
fn cut_by_the_page(previous: Option<&Line>, width: Option<usize>) -> bool {
    previous.zip(width).is_some_and(|(line, width)| {
        (line.width + 10 >= width || ends_in_a_broken_word(line.trimmed()))
            && !line.is_columnar()
            && !ends_sentence(line.trimmed())
    })
}

/// "… the officials esti-": a line ending in the first piece of a broken word, which no
/// paragraph ends in.
fn ends_in_a_broken_word(text: &str) -> bool {
    text.strip_suffix(HYPHENS)
        .and_then(|stem| stem.chars().next_back())
        .is_some_and(char::is_lowercase)
}

/// Whether the blank lines starting `rest` are a page break inside a sentence of a wrapped
/// text (a cable's "… coca cultivation in Colombia in" / "" / "2008. The USG …"): the line
/// before them, filled to the wrap width, ends in a word no sentence ends in, and the line
/// after them goes on in lower case or with a number.
fn breaks_off_a_sentence(previous: Option<&Line>, rest: &[Line], width: Option<usize>) -> bool {
    let (Some(previous), Some(width)) = (previous, width) else {
        return false;
    };
    // Only a line filled to the wrap width was cut by the page, or one ending in a broken
    // word: most blank lines end here.
    if previous.width + 10 < width && !ends_in_a_broken_word(previous.trimmed()) {
        return false;
    }
    let Some(next) = rest.iter().take(5).find(|l| !l.is_blank()) else {
        return false;
    };
    let last_word = previous.trimmed().rsplit(' ').next().unwrap_or("");
    let next_text = next.trimmed();
    let goes_on = next_text.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    // "… implemented in November" / "" / "2004. The Port Authority …": a date cut in two.
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month_before_year = MONTHS.contains(&last_word)
        && next_text
            .as_bytes()
            .get(..4)
            .is_some_and(|year| year.iter().all(u8::is_ascii_digit));
    previous.width + 10 >= width
        && ([
            "and", "of", "for", "the", "by", "to", "in", "on", "a", "an", "with", "from",
        ]
        .contains(&last_word)
            || month_before_year)
        && goes_on
        && !next.furniture
        && !next.is_columnar()
}

/// Joins wrapped lines with one space; a line ending in a hyphen joins the next without one
/// ("Cross-" + "border" → "Cross-border"), and without the hyphen where it broke a word
/// ("eradi-" + "cation" → "eradication", see [`Hyphenation`]).
fn join_wrapped(lines: &[Line], hyphenation: Option<&Hyphenation>) -> String {
    let mut text = String::with_capacity(lines.iter().map(|line| line.trimmed.len() + 1).sum());
    for line in lines {
        if !text.is_empty() {
            // "Cross-\nborder" was written "Cross-border": keep the hyphen, drop the break.
            let hyphenated =
                text.ends_with(HYPHENS) && !text.ends_with("--") && !text.ends_with(" -");
            // A soft hyphen marks where a word may break, and only that: "kilo\u{ad}" /
            // "grams". A dash ends a line without a space after it: "1995–" / "96".
            let soft_hyphen = text.ends_with('\u{ad}');
            let dash = text.ends_with(['–', '—']) && !text.ends_with([' ', '\u{a0}']);
            if soft_hyphen {
                text.pop();
            } else if dash {
            } else if !hyphenated {
                if !cuts_a_number(&text, line.trimmed) {
                    text.push(' ');
                }
            } else {
                match line_end_hyphen(&text, line.trimmed, hyphenation) {
                    LineEndHyphen::Broken => {
                        text.pop();
                    }
                    LineEndHyphen::Compound => {}
                    LineEndHyphen::Suspended => text.push(' '),
                }
            }
        }
        line.push_collapsed(&mut text);
    }
    text
}

/// The hyphen, and the Unicode hyphen a typesetter's text may use instead (U+2010).
const HYPHENS: [char; 2] = ['-', '\u{2010}'];

/// What a hyphen ending a wrapped line is, where the next line goes on.
#[derive(Clone, Copy, Debug, PartialEq)]
enum LineEndHyphen {
    /// It broke one word: the two pieces join without it ("com-" / "mercial").
    Broken,
    /// A compound's own hyphen: the pieces join with it ("drug-" / "related").
    Compound,
    /// A hyphen left hanging for a word to come ("two-" / "or three-year"): it stays, and so
    /// does the space after it.
    Suspended,
}

/// Whether the hyphen ending `before` broke a word: the line after it goes on with what is
/// only ever a word's ending ("institu-" / "tions"), or the two pieces make a word the text
/// writes whole elsewhere ("eradi-" / "cation") or an English word ("com-" / "mercial"), or
/// the second piece is no word at all ("Psych-" / "otropic"). A compound broken at its hyphen
/// keeps it ("drug-" / "related", "anti-" / "narcotics", "follow-" / "up", "day-" /
/// "to-day").
fn line_end_hyphen(before: &str, next_line: &str, words: Option<&Hyphenation>) -> LineEndHyphen {
    use LineEndHyphen::{Broken, Compound, Suspended};
    let Some((head, tail, rest)) = broken_pieces(before, next_line) else {
        return Compound;
    };
    if rest.starts_with(' ') && hangs_for_a_word(tail, &rest[1..]) {
        return Suspended;
    }
    // The second piece hyphenated again: a chain ("day-" / "to-day", "state-" /
    // "of-the-art").
    if rest.starts_with('-') {
        return Compound;
    }
    if is_word_ending(tail) {
        return Broken;
    }
    let Some(words) = words else {
        return Compound;
    };
    let head = head.to_lowercase();
    let joined = format!("{head}{tail}");
    if words.whole.contains(&joined) {
        return Broken;
    }
    // Written with its hyphen elsewhere, or the last link of a chain ("government-to-" /
    // "government").
    let stem = before.trim_end_matches(HYPHENS);
    let chained = stem[..stem.len() - head.len()].ends_with(HYPHENS);
    if words.compounds.contains(&format!("{head}-{tail}")) || chained {
        return Compound;
    }
    // ("kilo-" / "grams": a unit's name is never a compound, and its figure needs it whole.)
    let unit = crate::extract::units::names_a_unit(&joined);
    if unit || is_english_word(&joined) {
        // Two words that make a third ("follow-" / "up", "car-" / "go"), or a prefix and a
        // word ("counter-" / "productive"): a compound, unless the text is one that breaks
        // words by their syllables.
        let prefixed = HYPHEN_PREFIXES.contains(&head.as_str())
            && tail.chars().count() >= 3
            && is_english_word(tail);
        let compound = (two_words(&head, tail) || prefixed) && !words.by_syllable && !unit;
        return if compound { Compound } else { Broken };
    }
    // No English word whole: in an English text, a word the list lacks broken by its
    // syllables, when its second piece is no word either ("Psych-" / "otropic"). A prefix's
    // compound ("anti-" / "cannabinoid") and a short second piece ("sit-" / "in") keep the
    // hyphen; in another language, only what the text writes whole tells.
    let tail_is_a_word = tail.chars().count() < 3 || is_english_word(tail);
    if !words.english || tail_is_a_word || HYPHEN_PREFIXES.contains(&head.as_str()) {
        Compound
    } else {
        Broken
    }
}

/// "two-" / "or three-year", "short-" / "and long-term" ("Drogen-" / "und Waffenhandel"): a
/// conjunction after the hanging hyphen, before the word that completes it.
fn hangs_for_a_word(tail: &str, after: &str) -> bool {
    match tail {
        "or" | "and" | "nor" | "und" | "oder" => true,
        // ("one-" / "to two-year"; not "up-" / "to now".)
        "to" => after
            .split_whitespace()
            .next()
            .is_some_and(|word| word.contains('-')),
        _ => false,
    }
}

/// Both pieces are words of their own: "follow" and "up", not "an" and "other".
fn two_words(head: &str, tail: &str) -> bool {
    let word = |piece: &str| piece.chars().count() >= 3 && is_english_word(piece);
    // (A prefix is no word of its own: "trans-" / "shipment" is "transshipment".)
    word(head)
        && !is_little_word(head)
        && !HYPHEN_PREFIXES.contains(&head)
        && (word(tail) || tail == "up")
}

/// The letters before a line's final hyphen, the small letters the next line opens with, and
/// what follows them on that line: "interna-" / "tional", "Govern-" / "ment", "Zü-" / "rich".
/// `None` when either is missing ("U.S.-" / "funded", "Afghan-" / "Tajik", "1,000-" / "ton"),
/// the first piece ends in a capital, or is longer than any word (a chain of lines each
/// ending in a hyphen is not read again and again).
fn broken_pieces<'a>(before: &'a str, next_line: &'a str) -> Option<(&'a str, &'a str, &'a str)> {
    const LONGEST_PIECE: usize = 40;
    let stem = before.strip_suffix(HYPHENS)?;
    let head_start = stem
        .char_indices()
        .rev()
        .take(LONGEST_PIECE + 1)
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(stem.len(), |(at, _)| at);
    let head = &stem[head_start..];
    if head.chars().count() > LONGEST_PIECE {
        return None;
    }
    let tail_len = next_line
        .char_indices()
        .find(|(_, c)| !(c.is_alphabetic() && c.is_lowercase()))
        .map_or(next_line.len(), |(at, _)| at);
    let (tail, rest) = next_line.split_at(tail_len);
    let head_ends_small = head.chars().next_back().is_some_and(char::is_lowercase);
    (head_ends_small && !tail.is_empty()).then_some((head, tail, rest))
}

/// Only ever the end of a word, never a word of its own.
fn is_word_ending(piece: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ing", "ings", "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities",
        "ance", "ances", "ence", "ences", "ally", "ical", "ically", "ized", "izing", "ization",
        "ised", "ising", "isation", "ous", "ously", "ively", "ism", "isms", "ists", "ably", "ibly",
        "ible", "cation", "cations",
    ];
    ENDINGS.contains(&piece)
}

/// First parts that join a word with a hyphen without being words themselves.
const HYPHEN_PREFIXES: &[&str] = &[
    "anti", "counter", "cross", "non", "self", "so", "co", "ex", "pro", "semi", "multi", "post",
    "pre", "mid", "inter", "intra", "narco", "quasi", "sub", "trans", "ultra", "vice",
];

/// Words too small to head a compound, and syllables that happen to be words: "with-" / "out",
/// "how-" / "ever", "there-" / "fore", "com-" / "bat".
fn is_little_word(word: &str) -> bool {
    const LITTLE: &[&str] = &[
        "the", "and", "for", "with", "any", "some", "how", "there", "where", "here", "through",
        "can", "may", "her", "his", "its", "our", "out", "who", "what", "when", "which", "every",
        "other", "under", "over", "after", "before", "into", "upon", "within", "not", "nor", "but",
        "yet", "their", "them", "they", "these", "those", "this", "that", "thus", "also", "such",
        "each", "more", "most", "much", "many", "less", "own", "same", "then", "than", "was",
        "were", "are", "has", "had", "have", "been", "from", "per", "man", "con", "com", "dis",
        "ver", "gov",
    ];
    LITTLE.contains(&word)
}

/// What a text that breaks words at its line ends ("eradi-" / "cation") writes elsewhere: what
/// tells a word broken in two from a compound broken at its hyphen ("drug-" / "related").
struct Hyphenation {
    /// Its words, lower-cased (the parts of compounds among them), the pieces of words broken
    /// at a line's end left out.
    whole: std::collections::HashSet<String>,
    /// Its hyphenated words written on one line ("drug-related"), lower-cased.
    compounds: std::collections::HashSet<String>,
    /// It breaks its words by syllables, as a typesetter does (a page converted from print), not
    /// only at their hyphens: at least two of its breaks, and a third of them, broke a word it
    /// writes whole, or an English word, or left an ending only.
    by_syllable: bool,
    /// It is written in English: most of its words are in the word list.
    english: bool,
}

impl Hyphenation {
    /// `None` for a text that breaks no word of small letters at a line's end (most texts,
    /// which pay nothing).
    fn of(lines: &[Line]) -> Option<Self> {
        // The lines with text, in order: a word broken at a page's foot goes on past the page
        // number and the next page's header.
        let lines: Vec<&Line> = lines
            .iter()
            .filter(|l| !l.is_blank() && !l.furniture)
            .collect();
        // The word each line's end breaks, if it breaks one: read once.
        let breaks: Vec<Option<(&str, &str, &str)>> = (0..lines.len())
            .map(|i| {
                lines
                    .get(i + 1)
                    .and_then(|next| broken_pieces(lines[i].trimmed(), next.trimmed()))
            })
            .collect();
        if breaks.iter().all(Option::is_none) {
            return None;
        }
        let mut whole = std::collections::HashSet::new();
        let mut compounds = std::collections::HashSet::new();
        let mut after_break = false;
        for (line, broken) in lines.iter().zip(&breaks) {
            let breaks = broken.is_some();
            let pieces: Vec<&str> = line
                .trimmed()
                .split(|c: char| !(c.is_alphabetic() || c == '-'))
                .filter(|piece| piece.chars().any(char::is_alphabetic))
                .collect();
            let last = pieces.len().saturating_sub(1);
            for (k, piece) in pieces.iter().enumerate() {
                // The pieces of a broken word are no words of the text.
                if (k == 0 && after_break) || (k == last && breaks) {
                    continue;
                }
                let piece = piece.trim_matches('-');
                if piece.contains('-') {
                    compounds.insert(piece.to_lowercase());
                }
                for word in piece.split('-').filter(|w| !w.is_empty()) {
                    whole.insert(word.to_lowercase());
                }
            }
            after_break = breaks;
        }
        let mut broken = 0;
        let mut proven = 0;
        for &(head, tail, _) in breaks.iter().flatten() {
            broken += 1;
            let head = head.to_lowercase();
            let joined = format!("{head}{tail}");
            // (A prefix's compound proves nothing: "re-" / "election" is written both ways.)
            let syllable = head.chars().count() >= 3
                && !HYPHEN_PREFIXES.contains(&head.as_str())
                && !compounds.contains(&format!("{head}-{tail}"))
                && (whole.contains(&joined) || is_english_word(&joined))
                && !two_words(&head, tail);
            if is_word_ending(tail) || syllable {
                proven += 1;
            }
        }
        let long_words = whole.iter().filter(|w| w.chars().count() >= 3);
        let (known, counted) = long_words.fold((0, 0), |(known, counted), word| {
            (known + usize::from(is_english_word(word)), counted + 1)
        });
        Some(Self {
            whole,
            compounds,
            by_syllable: proven >= 2 && proven * 3 >= broken,
            english: known * 2 >= counted,
        })
    }
}

/// Whether a line break falls inside a number at its thousands separator: "About 16," then
/// "000 individuals" was written "16,000". The part before the comma is a group of one to three
/// digits, the next line starts with exactly three ("in 1995," then "300 people" is a list).
fn cuts_a_number(before: &str, next_line: &str) -> bool {
    let Some(head) = before.strip_suffix(',') else {
        return false;
    };
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let ahead = head.as_bytes()[..head.len() - digits].last();
    let group_before = (1..=3).contains(&digits) && !matches!(ahead, Some(b'.' | b'-'));
    let next = next_line.as_bytes();
    // What the number counts follows it in lower case ("000 individuals"); a page list or an
    // address goes on otherwise ("895, 904 (11th Cir.", "Suite 604, 211 East 43rd Street").
    let group_after = next.len() >= 3
        && next[..3].iter().all(u8::is_ascii_digit)
        && match &next[3..] {
            [] => true,
            [b' ', first, ..] => first.is_ascii_lowercase(),
            _ => false,
        };
    group_before && group_after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flattened_tables_header_ends_with_its_period_heads() {
        assert_eq!(
            period_heads("Drug Eradication & Seizure Nov 2005 YTD'05 YTD'04"),
            Some((
                "Drug Eradication & Seizure",
                vec!["Nov 2005", "YTD'05", "YTD'04"]
            ))
        );
        assert_eq!(
            period_heads("2003 2002 2001 2000"),
            Some(("", vec!["2003", "2002", "2001", "2000"]))
        );
        assert_eq!(
            period_heads("Budget FY2012 FY2013"),
            Some(("Budget", vec!["FY2012", "FY2013"]))
        );
        // One period is no header of columns; nor are counts.
        assert_eq!(period_heads("Seizures in November 2005"), None);
        assert_eq!(period_heads("Arrests 120 135"), None);
    }

    #[test]
    fn a_flattened_row_is_a_short_label_and_as_many_figures_as_columns() {
        assert_eq!(
            spaced_figure_row("Estacy, units 11735 133,032 not available", 3),
            Some(("Estacy, units", vec!["11735", "133,032", "not available"]))
        );
        assert_eq!(
            spaced_figure_row("Harvested (ha) 61,000 74,100", 2),
            Some(("Harvested (ha)", vec!["61,000", "74,100"]))
        );
        // Too few or too many figures for the columns; a label that runs on; the next
        // table's years.
        assert_eq!(spaced_figure_row("Hectares 35.81 391", 3), None);
        assert_eq!(spaced_figure_row("Hectares 35.81 391 412", 2), None);
        assert_eq!(spaced_figure_row("and arrests rose from 12 13", 2), None);
        assert_eq!(spaced_figure_row("Coca 2003 2002 2001", 3), None);
    }

    #[test]
    fn a_number_cut_at_its_thousands_separator_is_joined_but_a_year_before_a_count_is_not() {
        assert!(cuts_a_number("About 16,", "000 individuals are"));
        assert!(!cuts_a_number("some 1,2", ""));
        assert!(cuts_a_number("a total of 1,200,", "000 people"));
        assert!(cuts_a_number("about 2,", "500"));
        assert!(!cuts_a_number("in 1995,", "300 people were"));
        assert!(!cuts_a_number("points 1, 2,", "3 and 4"));
        assert!(!cuts_a_number("About 16,", "0000 individuals"));
        assert!(!cuts_a_number("About 16", "000 individuals"));
        assert!(!cuts_a_number("762 F.2d 895,", "904 (11th Cir. 1985)"));
        assert!(!cuts_a_number("Suite 604,", "211 East 43rd Street"));
    }

    #[test]
    fn the_quick_look_at_a_plain_line_measures_what_the_byte_by_byte_one_does() {
        // Every string of up to six characters over the characters that matter.
        let strings = crate::test_support::every_string(&[' ', '.', 'a', '\t', 'é'], 0..=6);
        for s in &strings {
            assert_eq!(gaps(s), measure_gaps(s.as_bytes()), "{s:?}");
        }
    }

    #[test]
    fn lines_end_at_every_kind_of_line_break() {
        fn lines(text: &str) -> Vec<&str> {
            split_lines(text).collect()
        }
        assert_eq!(lines("a\r\nb\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(lines("a\r\r\nb"), ["a", "", "b"]);
        assert_eq!(lines("a\n"), ["a", ""]);
        assert_eq!(lines("a\r"), ["a"]);
        assert_eq!(lines("a\r\r"), ["a", ""]);
        assert_eq!(lines("\n"), ["", ""]);
        assert_eq!(lines(""), [""]);
    }

    fn texts(blocks: &[SourceBlock]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_name_wrapped_after_its_abbreviation_goes_on_and_a_cables_next_number_breaks() {
        // (Review 33: the FAS copy of USIA's 1997 Paraguay text; cable 08KATHMANDU1178.)
        let blocks = source_blocks(
            "Government of Paraguay (GOP) anti-drug efforts\n\
             improved substantially, and the government, took adequate measures to\n\
             further its compliance with the goals and objectives of the 1988 U.N.\n\
             Drug Convention. Scarce resources remain obstacles to more effective\n\
             counternarcotics action.\n\
             \n\
             2. Police confirm that production of cannabis is on the rise\n\
             in the southern areas of Nepal, and that most is destined for\n\
             the Indian market.\n\
             3. Monitoring and interdiction efforts have improved since\n\
             the official end in 2006 of the Maoist insurgency.\n",
        );
        assert_eq!(
            texts(&blocks),
            [
                "Government of Paraguay (GOP) anti-drug efforts improved substantially, and the \
                 government, took adequate measures to further its compliance with the goals and \
                 objectives of the 1988 U.N. Drug Convention. Scarce resources remain obstacles \
                 to more effective counternarcotics action.",
                "2. Police confirm that production of cannabis is on the rise in the southern \
                 areas of Nepal, and that most is destined for the Indian market.",
                "3. Monitoring and interdiction efforts have improved since the official end in \
                 2006 of the Maoist insurgency.",
            ]
        );
    }

    const YEAR_TABLE: &str = "Pakistan is a major transit route for Afghan opiates.\n\
        \n\
        \x20                       1996     1995     1994     1993\n\
        Opium\n\
        Harvestable Cult. (ha)   3,400    6,950    7,270    6,280\n\
        Eradication (ha)           872      -        463\n\
        \n\
        Seizures\n\
        Heroin (mt)              5.00    10.00     6.20     3.10\n\
        Arrests                 42,000            44,000   41,000\n\
        \n\
        II. Status of Country\n";

    #[test]
    fn a_line_of_years_over_rows_of_figures_is_one_table_block() {
        let blocks = source_blocks(YEAR_TABLE);
        let table = blocks
            .iter()
            .find(|b| b.kind == BlockKind::Table)
            .expect("a table");
        assert_eq!(
            table.text,
            "\t1996\t1995\t1994\t1993\n\
             Opium\n\
             Harvestable Cult. (ha)\t3,400\t6,950\t7,270\t6,280\n\
             Eradication (ha)\t872\t-\t463\t\n\
             Seizures\n\
             Heroin (mt)\t5.00\t10.00\t6.20\t3.10\n\
             Arrests\t42,000\t\t44,000\t41,000"
        );
        assert_eq!(texts(&blocks).last(), Some(&"II. Status of Country"));
    }

    #[test]
    fn years_in_running_text_or_without_rows_of_figures_are_no_table() {
        for text in [
            "Seizures rose in 1995  1996  1997 and fell after.\nMore text here follows.\n",
            "                1996     1995\nThe police seized a lot of heroin in both years.\n",
            "                1996     1995\nHeroin (mt)        5.00    10.00\nA sentence ends it.\n",
        ] {
            assert!(
                source_blocks(text)
                    .iter()
                    .all(|b| b.kind != BlockKind::Table),
                "{text}"
            );
        }
    }
    #[test]
    fn one_paragraph_per_line_text_keeps_its_lines() {
        let text = "I. Summary\n\nKazakstan is confronting a significant narcotics problem. Major international heroin trafficking groups are accelerating efforts to smuggle drugs through Kazakstan, and it remains a major source.\n\nII. Status of Country\n";
        let blocks = source_blocks(text);
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[0].text, "I. Summary");
    }

    #[test]
    fn a_menu_line_right_above_a_wrapped_report_is_a_block_of_its_own() {
        let text = "Home | Countries | Reports | Search | About Us | Contact\n\
1998 International Narcotics Control Strategy Report\n\
Bureau for International Narcotics and Law Enforcement Affairs\n\
I. Summary\n\
During 1998, the nature of Lithuania's substance abuse problem was\n\
characterized by an increased demand for imported, instead of locally\n\
produced, narcotic substances.\n";
        assert_eq!(
            texts(&source_blocks(text)),
            vec![
                "Home | Countries | Reports | Search | About Us | Contact",
                "1998 International Narcotics Control Strategy Report",
                "Bureau for International Narcotics and Law Enforcement Affairs",
                "I. Summary",
                "During 1998, the nature of Lithuania's substance abuse problem was characterized by an increased demand for imported, instead of locally produced, narcotic substances.",
            ]
        );
    }

    #[test]
    fn french_quotation_marks_are_no_menu_and_a_label_dash_or_from_goes_on() {
        let french = "Rapport annuel sur les drogues\n\n\
Le ministère de la Santé a lancé en 2004 plusieurs campagnes de prévention\n\
« Drogues », « Cannabis », « Alcool » et « Tabac », tandis que l'Office\n\
central pour la répression du trafic illicite a saisi plus de 300 tonnes de\n\
résine de cannabis dans les ports du sud du pays, selon le rapport annuel.\n";
        assert_eq!(source_blocks(french).len(), 2);
        // A dash between a label and its figure, wrapped to a line's start, goes on.
        let consumers = "I. Summary\n\
Heroin and cocaine use in Italy is stable; crack cocaine use is non-existent.\n\
The final report of the United Nations Interregional Crime and Justice\n\
Research Institute study on European police activity and drug abuse\n\
lists the following consumer figures for Italy: marijuana - 200,000; hashish\n\
- 1.5-3 million; morphine - 10,000-20,000; heroin - 200,000; codeine -\n\
10,000-20,000.\n";
        let blocks = source_blocks(consumers);
        assert_eq!(blocks.len(), 2, "{:?}", texts(&blocks));
        assert!(blocks[1].text.contains("hashish - 1.5-3 million; morphine"));
        // A mail archive's ">From" at a line's start is "From".
        assert_eq!(
            texts(&source_blocks(
                ">From mid-1997 to the end of 2000, it was delayed.\n"
            )),
            ["From mid-1997 to the end of 2000, it was delayed."]
        );
    }

    #[test]
    fn a_line_ending_on_a_title_goes_on_with_the_name_on_the_next() {
        // (Review 36: the 1996 Belarus chapter, wrapped after "St.")
        let text = "I. Summary\n\
Most smuggling operations involve the shipment of heroin by rail. The most\n\
frequent transit route is between Ukraine and St.\n\
Petersburg and Moscow. Law enforcement agencies also noted an increase in the\n\
flow of heroin.\n";
        let blocks = source_blocks(text);
        assert_eq!(texts(&blocks).len(), 2, "{:?}", texts(&blocks));
    }

    #[test]
    fn hard_wrapped_lines_are_reflowed_into_paragraphs() {
        let text = "I. Summary\n\
Lithuania is vulnerable to the illicit drug trade. Difficult economic\n\
circumstances, a rising crime rate, and the country's geographic location are\n\
giving a new impetus to drug trafficking and abuse in Lithuania. While\n\
doctors at the narcotics abuse center in Vilnius report 1,700 addicts.\n\
II. Status of Country\n\
Lithuania has emerged as a conduit for smuggling illicit drugs from Central\n\
Asia to Western Europe. Drug-related crime is also on the rise and Lithuanian\n\
smuggled through the region, cocaine trafficking also is rising.\n\
Modest quantities of cocaine are smuggled through Lithuania via Germany to\n\
Russia and vice versa.\n";
        let blocks = source_blocks(text);
        assert_eq!(
            texts(&blocks),
            vec![
                "I. Summary",
                "Lithuania is vulnerable to the illicit drug trade. Difficult economic circumstances, a rising crime rate, and the country's geographic location are giving a new impetus to drug trafficking and abuse in Lithuania. While doctors at the narcotics abuse center in Vilnius report 1,700 addicts.",
                "II. Status of Country",
                "Lithuania has emerged as a conduit for smuggling illicit drugs from Central Asia to Western Europe. Drug-related crime is also on the rise and Lithuanian smuggled through the region, cocaine trafficking also is rising.",
                "Modest quantities of cocaine are smuggled through Lithuania via Germany to Russia and vice versa.",
            ]
        );
    }

    #[test]
    fn an_abbreviation_wrapped_to_a_line_start_is_no_list_item() {
        let text = "I. Summary\n\
In 1995, Tajikistan continued as a key conduit for illicit drug\n\
smuggling, including opium, hashish, and -- for the first time --\n\
heroin, from Afghanistan to Russia, other Newly Independent States\n\
(NIS), and presumably Europe. Various political and economic factors\n\
make Tajikistan an increasingly attractive area for drug operations.\n\
The key transit area for drugs smuggled through Tajikistan is the\n\
eastern province of Gorno Badakhshan. The Government of Tajikistan\n\
(GOT) does not have an effective antidrug campaign. Drug deaths fell in 1995\n\
(361) compared to 1994 (399). Its plan aims at:\n\
(a) training its border guards;\n\
(ii) seizing more opium at the border.\n";
        assert_eq!(
            texts(&source_blocks(text)),
            vec![
                "I. Summary",
                "In 1995, Tajikistan continued as a key conduit for illicit drug smuggling, including opium, hashish, and -- for the first time -- heroin, from Afghanistan to Russia, other Newly Independent States (NIS), and presumably Europe. Various political and economic factors make Tajikistan an increasingly attractive area for drug operations. The key transit area for drugs smuggled through Tajikistan is the eastern province of Gorno Badakhshan. The Government of Tajikistan (GOT) does not have an effective antidrug campaign. Drug deaths fell in 1995 (361) compared to 1994 (399). Its plan aims at:",
                "(a) training its border guards;",
                "(ii) seizing more opium at the border.",
            ]
        );
    }

    #[test]
    fn an_underlined_line_becomes_a_heading() {
        let blocks = source_blocks("Introduction\n============\n\nSome text here.\n");
        assert_eq!(blocks[0].kind, BlockKind::Heading);
        assert_eq!(blocks[0].level, 1);
        assert_eq!(blocks[0].text, "Introduction");
    }

    #[test]
    fn roman_numeral_prefixes_are_recognised() {
        assert_eq!(roman_heading_prefix("IV. US Policy"), Some(4));
        assert_eq!(roman_heading_prefix("I. Summary"), Some(3));
        assert_eq!(roman_heading_prefix("In 1995, the"), None);
        assert_eq!(roman_heading_prefix("I am"), None);
    }

    #[test]
    fn running_page_headers_are_furniture_and_do_not_break_a_table() {
        let mut text = String::new();
        for page in 1..=3 {
            text.push_str(&format!(
                "Census of Housing                    Page {page}\n"
            ));
            text.push_str("   Male.............................  1,936,162\n");
            text.push_str("   Female...........................  2,104,425\n");
        }
        let blocks = source_blocks(&text);
        let furniture: Vec<&str> = blocks
            .iter()
            .filter(|b| b.page_furniture)
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(
            furniture,
            [
                "Census of Housing Page 1",
                "Census of Housing Page 2",
                "Census of Housing Page 3"
            ]
        );
        let table = blocks.iter().find(|b| b.kind == BlockKind::Preformatted);
        assert!(table.is_some_and(|t| t.text.lines().count() == 6));
    }

    #[test]
    fn a_transcript_loses_its_line_numbers_and_double_spacing() {
        let mut text = String::new();
        for page in 1..=3 {
            text.push_str(&format!(
                "\n                                        {page}\n\n"
            ));
            for line in 1..=25 {
                if line == 1 {
                    text.push_str(&format!(
                        "{line:>6}                MS. KNOX:  I'm Marguerite Knox.\n\n"
                    ));
                } else {
                    text.push_str(&format!(
                        "{line:>6}    and a captain in the South Carolina Army National Guard, {line}\n\n"
                    ));
                }
            }
        }
        let blocks = source_blocks(&text);
        assert!(
            blocks
                .iter()
                .all(|b| !b.text.starts_with(char::is_numeric) || b.page_furniture)
        );
        let turn = blocks.iter().find(|b| b.text.starts_with("MS. KNOX:"));
        assert!(turn.is_some_and(|b| b.text.contains("National Guard, 2 and a captain")));
    }

    #[test]
    fn usenet_headers_are_one_block_of_furniture() {
        let text = "[1] Forfeiture Info\nKeywords: Forfeiture\nDate: Thu May 06 1993\nLines: 1009\n\nASSET FORFEITURE\n";
        let blocks = source_blocks(text);
        assert!(
            blocks[0].page_furniture && blocks[0].text.starts_with("[1] Forfeiture Info Keywords:")
        );
        assert_eq!(blocks[1].text, "ASSET FORFEITURE");
    }

    #[test]
    fn short_capital_lines_are_no_routing_and_no_trouble() {
        // One letter, a letter and its stop, a lettered head: none is a cable's line.
        let blocks = source_blocks("I\n\nB.\n\nB. \n\nA. LABS DESTROYED 1245\n\nE\n");
        assert!(blocks.iter().all(|b| !b.page_furniture), "{blocks:?}");
        let routing = source_blocks("B. STATE 328024\n\nB. RANGOON 1412 (INCSR PART II)\n");
        assert!(routing.iter().all(|b| b.page_furniture), "{routing:?}");
    }

    #[test]
    fn mixed_line_endings_split_alike() {
        let blocks = source_blocks("One line.\r\n\r\nTwo line.\r\rThree line.\n\nFour.");
        assert_eq!(
            texts(&blocks),
            vec!["One line.", "Two line.", "Three line.", "Four."]
        );
    }
}
