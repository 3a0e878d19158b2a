//! Telling the report from the site around it.
//!
//! In the spirit of jusText and trafilatura, each block is judged on its own first:
//! *bad* when it is plainly furniture (inside `nav`/`footer` markup, mostly link text, a menu
//! line indented with no-break spaces, "Copyright …", a page date with its weekday, words run
//! together from a row of links, a breadcrumb trail, a share bar, a line that repeats itself),
//! *good* when it is prose (long, with the function words of real sentences), *neutral*
//! otherwise (headings, short lines). The report is then the run of blocks with the highest
//! score — good blocks count their letters, bad ones cost theirs — widened over the neutral
//! blocks next to it (the title block above, a last short paragraph below) until a bad block
//! or a cluster of short link labels (a menu saved without its links). Text-archive markers (Project
//! Gutenberg's "*** START OF", Usenet headers) are honoured where present: the work between
//! them is kept whole, and a text file with no web chrome at all (only its own page headers)
//! is all report. After the run is chosen, the article's `h1` is brought back when chrome
//! stood between it and the article ([`keep_article_heading`]), and headings left with
//! nothing under them go with the chrome they headed ([`drop_empty_headings`]).

use crate::document::BlockKind;
use crate::load::{PageInfo, SourceBlock};
use rustc_hash::FxHashSet;

/// How many blocks above the report its `h1` may stand, with only chrome between (share
/// bars, bylines, photo credits, a box of related links), and still be the report's heading.
const ARTICLE_HEADING_REACH: usize = 16;

/// How many of the report's first blocks are searched for its `h1`.
const ARTICLE_HEADING_LEAD: usize = 8;

/// How one block reads, judged alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Good,
    Neutral,
    Bad,
}

/// Which blocks are the report (`true`) and which are the site's chrome (`false`).
pub fn content_mask(blocks: &[SourceBlock]) -> Vec<bool> {
    let mut mask = site_mask(blocks);
    // "Start of Main Content", the target of a page's skip link, saved as text: what stands
    // above it near the top is the site's menus; "End of Main Content" near the foot, and what
    // follows it, its footer.
    let marks = |words: &str, i: usize| {
        let text = blocks[i].text.trim().trim_end_matches(':');
        text.len() <= 24 && text.eq_ignore_ascii_case(words)
    };
    if let Some(start) = (0..blocks.len().min(30)).find(|&i| marks("start of main content", i)) {
        mask[..=start].fill(false);
    }
    let from = blocks.len().saturating_sub(TAIL_REACH);
    if let Some(end) = (from..blocks.len()).find(|&i| marks("end of main content", i)) {
        mask[end..].fill(false);
    }
    // A blog's or a news site's tail, which a text copy keeps with no other chrome: "See
    // also:" over a list of headlines, "1 comments:" over its readers' comments.
    let comments = blog_comments(blocks);
    let links_end = comments.as_ref().map_or(blocks.len(), |c| c.start);
    let links = related_links(&blocks[..links_end]);
    for tail in [comments, links].into_iter().flatten() {
        for keep in &mut mask[tail] {
            *keep = false;
        }
    }
    mask
}

/// "See also:", "Related posts:": a list of other stories follows.
fn is_related_rubric(text: &str) -> bool {
    let text = text.trim().trim_end_matches(':').trim_end();
    text.len() <= 24
        && [
            "see also",
            "related posts",
            "related articles",
            "related stories",
            "related links",
            "related content",
            "related",
            "read more",
            "also read",
            "you may also like",
            "more stories",
        ]
        .iter()
        .any(|rubric| text.eq_ignore_ascii_case(rubric))
}

/// "1 comments:", "12 Comments": a blog's count of the comments under it.
fn is_comments_rubric(text: &str) -> bool {
    let text = text.trim().trim_end_matches(':');
    text.split_once(' ').is_some_and(|(count, word)| {
        !count.is_empty()
            && count.bytes().all(|b| b.is_ascii_digit())
            && (word.eq_ignore_ascii_case("comments") || word.eq_ignore_ascii_case("comment"))
    })
}

/// How far from a text's end its site's tail is looked for, in blocks.
const TAIL_REACH: usize = 40;

/// The blocks from a blog's comment count to its "Post a Comment". (Only with the form that
/// closes them: a count of "0 Comments" among a page's buttons is no blog's tail.)
fn blog_comments(blocks: &[SourceBlock]) -> Option<std::ops::Range<usize>> {
    let from = blocks.len().saturating_sub(TAIL_REACH);
    let comments = (from..blocks.len()).find(|&i| is_comments_rubric(&blocks[i].text))?;
    let end = (comments..blocks.len())
        .find(|&i| blocks[i].text.trim().eq_ignore_ascii_case("post a comment"))?;
    Some(comments..end + 1)
}

/// The blocks from a rubric near the end over a list of short links, every block after it
/// short.
fn related_links(blocks: &[SourceBlock]) -> Option<std::ops::Range<usize>> {
    let from = blocks.len().saturating_sub(TAIL_REACH);
    let rubric = (from..blocks.len()).find(|&i| is_related_rubric(&blocks[i].text))?;
    let links_only = blocks[rubric + 1..].iter().all(|b| {
        let text = b.text.trim();
        text.len() <= 200 && !text.contains(". ")
    });
    (links_only && rubric + 1 < blocks.len()).then_some(rubric..blocks.len())
}

/// [`content_mask`] but for a site's tail of links or comments.
fn site_mask(blocks: &[SourceBlock]) -> Vec<bool> {
    let shapes: Vec<Shape> = blocks.iter().map(|b| Shape::of(&b.text)).collect();
    let letters: Vec<usize> = shapes.iter().map(|shape| shape.letters).collect();
    // Chrome first: whether prose is told from other lines matters only on a page that has
    // some (most text files have none, and are kept whole).
    let mut verdicts: Vec<Verdict> = blocks
        .iter()
        .zip(&shapes)
        .map(|(block, shape)| {
            if is_chrome(block, shape) {
                Verdict::Bad
            } else {
                Verdict::Neutral
            }
        })
        .collect();
    // A site's notice stands at the top or the foot of its page, a paragraph at most.
    let near_an_end = |i: usize| i < 12 || i + 12 >= blocks.len();
    for i in (0..blocks.len()).filter(|&i| near_an_end(i)) {
        if (letters[i] < 1200 && is_site_notice(&blocks[i].text))
            || is_mirror_notice(&blocks[i].text)
        {
            verdicts[i] = Verdict::Bad;
        }
    }
    // "Report" alone under state.gov's bureau or date line: the kind of page, not a head of
    // the report ("Report" / "of the International Narcotics Control Board" is its title).
    for i in 1..blocks.len().min(30) {
        let text = blocks[i].text.trim();
        let above = blocks[i - 1].text.trim();
        if text.eq_ignore_ascii_case("report")
            && (super::metadata::is_issuer_line(above) || super::metadata::is_date_line(above))
            && !blocks
                .get(i + 1)
                .is_some_and(|next| next.text.starts_with(char::is_lowercase))
        {
            verdicts[i] = Verdict::Bad;
        }
    }
    // The same short line three to nine times over ("U.S. Department of State" under each of
    // a site's banners): a report never repeats itself so. (A file of nothing else is what it
    // is, and stays.)
    let mut run_start = 0;
    for i in 1..=blocks.len() {
        if i < blocks.len() && blocks[i].text == blocks[run_start].text {
            continue;
        }
        if (3..10).contains(&(i - run_start)) && letters[run_start] < 60 {
            verdicts[run_start..i].fill(Verdict::Bad);
        }
        run_start = i;
    }
    // A table of contents set a line a block ("Cote d'Ivoire 415" / "Egypt 417" / …), or
    // joined into one: the file's own furniture, as a page header is, and no sign of a web
    // site.
    let mut contents = vec![false; blocks.len()];
    let names_a_page = |block: &SourceBlock| {
        let text = block.text.trim();
        block.kind == BlockKind::Paragraph
            && text.len() < 80
            && text
                .rsplit_once(' ')
                .is_some_and(|(_, page)| page.parse::<u32>().is_ok())
    };
    let mut i = 0;
    while i < blocks.len() {
        // (Or one whose lines were joined into a paragraph.)
        let block = &blocks[i];
        let joined_lines = !matches!(block.kind, BlockKind::Table | BlockKind::Preformatted)
            && block.source_lines >= 5;
        if joined_lines && is_run_on_contents(&block.text) {
            verdicts[i] = Verdict::Bad;
            contents[i] = true;
        }
        let run = blocks[i..].iter().take_while(|b| names_a_page(b)).count();
        if run >= 5 {
            let joined: Vec<&str> = blocks[i..i + run].iter().map(|b| b.text.trim()).collect();
            if is_run_on_contents(&joined.join(" ")) {
                verdicts[i..i + run].fill(Verdict::Bad);
                contents[i..i + run].fill(true);
            }
        }
        i += run.max(1);
    }
    for i in 0..blocks.len() {
        let laid_out = matches!(blocks[i].kind, BlockKind::Table | BlockKind::Preformatted);
        if laid_out && !contents[i] && is_contents_list(&blocks[i].text) {
            contents[i] = true;
            extend_contents(blocks, &mut contents, &mut verdicts, i);
        }
    }
    let mut mask = vec![false; blocks.len()];
    let (first, last) = archive_markers(blocks);
    let range = first..last;
    if range.is_empty() {
        return mask;
    }
    let web_chrome = blocks
        .iter()
        .zip(&verdicts)
        .zip(&contents)
        .any(|((b, v), &listed)| {
            *v == Verdict::Bad && !b.page_furniture && !listed && !is_site_date(&b.text)
        });
    if !web_chrome {
        // Nothing of a web site around it (a text file with its own page headers at most):
        // the whole file is the report.
        for i in range {
            mask[i] = !blocks[i].page_furniture && !contents[i];
        }
        // "Friday, 24 November 2017" over a report of "March 1998": the day the site served
        // the page, not the report's.
        if is_site_date(&blocks[first].text)
            && dated_otherwise(&blocks[first].text, &blocks[first + 1..last.min(first + 6)])
        {
            mask[first] = false;
        }
        return mask;
    }
    if first > 0 || last < blocks.len() {
        // The archive says where the work starts and ends: all of it is the report.
        for i in range {
            mask[i] = verdicts[i] != Verdict::Bad;
        }
        return mask;
    }
    for ((verdict, block), &letters) in verdicts.iter_mut().zip(blocks).zip(&letters) {
        if *verdict != Verdict::Bad {
            *verdict = content_verdict(block, letters);
        }
    }
    // (A page's furniture, "- 212 -" or a running head, stands inside the report: it is
    // dropped, but ends no run of prose.)
    let scores: Vec<i64> = range
        .clone()
        .map(|i| {
            if blocks[i].page_furniture {
                0
            } else {
                score(letters[i], verdicts[i])
            }
        })
        .collect();
    let Some((start, end, best)) = best_run(&scores) else {
        // No prose at all (a short note, or a copy cut off before its first full paragraph):
        // the report is the largest run of plain lines between the site's furniture.
        let plain: Vec<i64> = range
            .clone()
            .map(|i| match verdicts[i] {
                Verdict::Bad => score(letters[i], Verdict::Bad),
                _ => letters[i] as i64 / 8 + 1,
            })
            .collect();
        match best_run(&plain) {
            Some((start, end, _)) => {
                for i in first + start..first + end {
                    mask[i] = verdicts[i] != Verdict::Bad;
                }
            }
            None => {
                for i in range {
                    mask[i] = verdicts[i] != Verdict::Bad;
                }
            }
        }
        return mask;
    };
    let mut regions = vec![(first + start, first + end)];
    // Other long runs of prose (an article broken by a box of links) are kept too.
    let mut scores_left = scores.clone();
    for s in &mut scores_left[start..end] {
        *s = i64::MIN / 4;
    }
    while let Some((s, e, total)) = best_run(&scores_left) {
        if total < 300.max(best * 3 / 10) {
            break;
        }
        regions.push((first + s, first + e));
        for v in &mut scores_left[s..e] {
            *v = i64::MIN / 4;
        }
    }
    // An image's label ("flagbar rule") or a table of contents between the title lines and
    // the report is no end of the title block.
    let passable: Vec<bool> = blocks
        .iter()
        .zip(&letters)
        .zip(&verdicts)
        .enumerate()
        .map(|(i, ((block, &letters), &verdict))| {
            (letters < 40
                && (is_image_label(&block.text)
                    || is_site_label(&block.text)
                    || (verdict == Verdict::Bad && block.text.trim() == "Report")))
                // ("[United States Department of State](…)" among a clipped cover's lines: the
                // issuer's name linked to its site.)
                || (letters < 80
                    && verdict == Verdict::Bad
                    && block.link_chars > 0
                    && super::metadata::is_issuer_line(&block.text)
                    // (Under the report's name: a site's banner over it is the site's.)
                    && blocks[i.saturating_sub(3)..i]
                        .iter()
                        .any(|b| super::metadata::names_the_narcotics_report(&b.text)))
                // (A table of contents, laid out or set a line a block, marked above.)
                || contents[i]
                // (An archive's note on its copy under the report's cover: "[EDITOR'S NOTE:
                // Charts … only in hard copy of report.]". Under a site's banner, "Al mashriq -
                // The Levant", the banner is the site's.)
                || (verdict == Verdict::Bad
                    && is_mirror_notice(&block.text)
                    && blocks[i.saturating_sub(6)..i].iter().any(|b| {
                        super::metadata::is_issuer_line(&b.text)
                            || super::metadata::is_date_line(&b.text)
                            || super::metadata::names_the_narcotics_report(&b.text)
                    }))
        })
        .collect();
    // Asked only at the edges of the report, a few blocks each.
    let menu_item = |i: usize| {
        verdicts[i] == Verdict::Neutral
            && is_menu_item(&blocks[i])
            // "Kazakhstan" over "I. Summary": the country line, whatever stands above it.
            && !blocks.get(i + 1).is_some_and(|next| {
                matches!(
                    super::outline::heading_style(&next.text),
                    Some(super::HeadingStyle::Roman | super::HeadingStyle::Lettered)
                )
            })
    };
    // "Regional partners:", a section's head: what a list of the report's own follows.
    let introduces_list = |i: usize| {
        blocks[i].kind == BlockKind::Heading
            || blocks[i].text.trim_end().ends_with(':')
            || super::outline::heading_style(&blocks[i].text).is_some()
    };
    for (start, end) in regions {
        let around = Surroundings {
            verdicts: &verdicts,
            passable: &passable,
            menu_item: &menu_item,
            introduces_list: &introduces_list,
        };
        let (start, end) = widen(&around, start, end, first, last);
        for i in start..end {
            mask[i] = verdicts[i] != Verdict::Bad;
        }
    }
    mask
}

/// Finds the article's `h1` and keeps it: among the report's first blocks; else standing a
/// little above the report with only chrome between; else, when its words are the page
/// title's, the first `h1` outside the chrome wherever it stands. A heading naming the site
/// ("SteelJIS: Japanese Steels and Alloys") is not the article's. Returns its index.
pub fn keep_article_heading(
    blocks: &[SourceBlock],
    mask: &mut [bool],
    page: &PageInfo,
) -> Option<usize> {
    let is_h1 = |b: &SourceBlock| {
        b.kind == BlockKind::Heading
            && b.level == 1
            && !b.in_chrome_element
            && !super::metadata::names_the_site(&b.text, page)
    };
    // (Cut off above the report, a page may set its title, a country's or a report's, in a
    // lesser heading: `<h2 id="page-title">China</h2>`.)
    let titles_the_page = |b: &SourceBlock| {
        is_h1(b)
            || (b.kind == BlockKind::Heading
                && b.level <= 3
                && !b.in_chrome_element
                && super::metadata::names_the_page(&b.text, page)
                && (super::places::is_country_name(b.text.trim())
                    || super::metadata::names_a_report(&b.text)))
    };
    let first_kept = mask.iter().position(|&k| k)?;
    // (Not under the report's name: "International Narcotics Control Strategy Report, 1997"
    // over "SWEDEN" is the cover, and the country its line.)
    let under_a_report_name = |i: usize| {
        (first_kept..i).any(|k| mask[k] && super::metadata::names_a_report(&blocks[k].text))
    };
    let lead = (first_kept..blocks.len())
        .filter(|&i| mask[i])
        .take(ARTICLE_HEADING_LEAD)
        .find(|&i| is_h1(&blocks[i]) || (titles_the_page(&blocks[i]) && !under_a_report_name(i)));
    if lead.is_some() {
        return lead;
    }
    let from = first_kept.saturating_sub(ARTICLE_HEADING_REACH);
    let above = (from..first_kept)
        .rev()
        .find(|&i| titles_the_page(&blocks[i]));
    let found = above.or_else(|| {
        blocks
            .iter()
            .position(|b| is_h1(b) && super::metadata::agrees_with_title(&b.text, page))
    })?;
    if let Some(keep) = mask.get_mut(found) {
        *keep = true;
    }
    // Its cover lines with it, cut off from the report by a share bar: the report's name
    // over it ("2016 International Narcotics Control Strategy Report (INCSR)"), the issuer
    // and the date under it ("Bureau of …", "Report", "March 2, 2016").
    let cover_line = |b: &SourceBlock| {
        !b.in_chrome_element && b.text.chars().count() <= 100 && b.kind == BlockKind::Paragraph
    };
    if let Some(over) = found.checked_sub(1)
        && cover_line(&blocks[over])
        && super::metadata::names_a_report(&blocks[over].text)
    {
        mask[over] = true;
    }
    // (The issuer or the page's kind first, "Press Statement", "Fact Sheet": a news page's
    // byline and date under its headline stay out.)
    let mut under = found + 1;
    let mut cover_seen = false;
    while under < blocks.len() && under < found + 6 && !mask[under] && cover_line(&blocks[under]) {
        let text = blocks[under].text.trim();
        let opens = super::metadata::is_issuer_line(text) || super::says_its_kind(text);
        let after_cover =
            cover_seen && (super::metadata::is_date_line(text) || super::is_issuing_place(text));
        if !(opens || after_cover) {
            break;
        }
        cover_seen |= opens;
        mask[under] = true;
        under += 1;
    }
    Some(found)
}

/// Drops headings left with nothing under them once the chrome around them is gone
/// ("Related", "Bildergalerie", "Zobacz więcej"): removed blocks follow it, then the end or a
/// heading of the same or a higher rank. A feed of bare headlines keeps its headlines; the
/// article's own heading (`keep`) stays.
pub fn drop_empty_headings(blocks: &[SourceBlock], mask: &mut [bool], keep: Option<usize>) {
    let mut next: Option<usize> = None;
    for i in (0..blocks.len()).rev() {
        if !mask[i] {
            continue;
        }
        let block = &blocks[i];
        let removed_after = i + 1 < next.unwrap_or(blocks.len());
        let empty = block.kind == BlockKind::Heading
            && Some(i) != keep
            && removed_after
            && next.is_none_or(|j| {
                blocks[j].kind == BlockKind::Heading && blocks[j].level <= block.level
            });
        if empty {
            mask[i] = false;
        } else {
            next = Some(i);
        }
    }
}

/// What widening the report over its neighbours asks of them, by block index.
struct Surroundings<'a> {
    verdicts: &'a [Verdict],
    /// An image label or a table of contents: stepped over towards neutral lines.
    passable: &'a [bool],
    /// One label of a menu saved without its links ([`is_menu_item`]).
    menu_item: &'a dyn Fn(usize) -> bool,
    /// A line a list of the report's own follows: "Regional partners:", a section head.
    introduces_list: &'a dyn Fn(usize) -> bool,
}

/// Neutral blocks next to the report belong to it (its title lines, a closing line), up to
/// the first bad block.
fn widen(
    around: &Surroundings,
    start: usize,
    end: usize,
    first: usize,
    last: usize,
) -> (usize, usize) {
    let Surroundings {
        verdicts,
        passable,
        menu_item,
        introduces_list,
    } = around;
    const MAX_WIDEN: usize = 16;
    // A cluster of short link labels, one per block ("World Press", "News Archives", "Web
    // Sites" …): a menu whose links were lost in saving. It ends the widening only once a
    // line of another kind (a title line) stands between it and the report: short items that
    // run right up to the prose are the report's own list.
    let menu_at = |range: std::ops::Range<usize>| {
        range.start >= first
            && range.end <= last
            && !range.start.checked_sub(1).is_some_and(introduces_list)
            && range.into_iter().all(menu_item)
    };
    let mut new_start = start;
    let mut past_other_lines = false;
    while new_start > first && start - new_start < MAX_WIDEN {
        let above = new_start - 1;
        if past_other_lines
            && above + 1 >= MENU_CLUSTER
            && menu_at(above + 1 - MENU_CLUSTER..above + 1)
        {
            break;
        }
        let neutral = verdicts[above] == Verdict::Neutral;
        // Stepped over (with the labels right above it: "Report", "Share") only towards
        // neutral lines above them; they stay out of the body.
        let passed = passable[above] && {
            let mut top = above;
            while top > first && passable[top - 1] {
                top -= 1;
            }
            top > first && verdicts[top - 1] == Verdict::Neutral
        };
        if !(neutral || passed) {
            break;
        }
        past_other_lines |= !menu_item(above);
        new_start -= 1;
    }
    let mut new_end = end;
    let mut past_other_lines = false;
    while new_end < last
        && new_end - end < MAX_WIDEN
        && verdicts[new_end] == Verdict::Neutral
        && !(past_other_lines && menu_at(new_end..new_end + MENU_CLUSTER))
    {
        past_other_lines |= !menu_item(new_end);
        new_end += 1;
    }
    (new_start, new_end)
}

/// How many short labels in a row make a menu ([`is_menu_item`]).
const MENU_CLUSTER: usize = 5;

/// A block that reads as one link label of a menu: a few words ("Latest News (All)", "Greek
/// Fonts"), in mixed case, with no sentence punctuation, no figure and no section number.
/// A report's title lines are longer, in capitals, or carry a date; its headings are numbered.
fn is_menu_item(block: &SourceBlock) -> bool {
    let text = block.text.trim();
    !matches!(
        block.kind,
        BlockKind::Table | BlockKind::Preformatted | BlockKind::ListItem
    ) && !text.is_empty()
        && text.chars().count() <= 32
        && text.split_whitespace().count() <= 3
        && text.chars().any(char::is_lowercase)
        && !text.ends_with(['.', ',', ';', ':', '!', '?'])
        && !text.chars().any(|c| c.is_ascii_digit())
        && crate::load::roman_heading_prefix(text).is_none()
}

/// The contiguous run with the largest sum (Kadane), as `(start, end, sum)` with `sum > 0`.
fn best_run(scores: &[i64]) -> Option<(usize, usize, i64)> {
    let mut best: Option<(usize, usize, i64)> = None;
    let mut run_start = 0;
    let mut run_sum = 0i64;
    for (i, &s) in scores.iter().enumerate() {
        if run_sum <= 0 {
            run_start = i;
            run_sum = 0;
        }
        run_sum += s;
        if run_sum > 0 && best.is_none_or(|(_, _, b)| run_sum > b) {
            best = Some((run_start, i + 1, run_sum));
        }
    }
    best.filter(|&(start, end, _)| scores[start..end].iter().any(|&s| s > 0))
}

fn score(letters: usize, verdict: Verdict) -> i64 {
    let letters = letters as i64;
    match verdict {
        Verdict::Good => letters,
        Verdict::Neutral => -(letters / 8) - 2,
        Verdict::Bad => -letters.max(30) - 20,
    }
}

/// Project Gutenberg and similar archives mark where the work starts and ends.
fn archive_markers(blocks: &[SourceBlock]) -> (usize, usize) {
    let mut first = 0;
    let mut last = blocks.len();
    let starts = |text: &str, marks: [&str; 2]| {
        marks.iter().any(|mark| {
            text.as_bytes()
                .get(..mark.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(mark.as_bytes()))
        })
    };
    for (i, block) in blocks.iter().enumerate() {
        let text = block.text.as_str();
        if starts(text, ["*** START OF", "***START OF"]) {
            first = i + 1;
        } else if starts(text, ["*** END OF", "***END OF"]) && i > first {
            last = i;
            break;
        }
    }
    (first, last)
}

/// Judges one block on its own.
pub fn judge(block: &SourceBlock) -> Verdict {
    let shape = Shape::of(&block.text);
    if is_chrome(block, &shape) {
        Verdict::Bad
    } else {
        content_verdict(block, shape.letters)
    }
}

/// What the judges ask of a block's text, counted in one pass over it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Shape {
    letters: usize,
    /// Words between white space.
    words: usize,
    /// Menu separators ([`MENU_SEPARATORS`]).
    separators: usize,
    /// Places where a lower-case letter is followed by a capital inside a word ("HomeAbout").
    glued: usize,
    /// A full stop ends the text or a sentence inside it.
    full_stop: bool,
}

impl Shape {
    fn of(text: &str) -> Self {
        if !text.is_ascii() {
            return Self::of_characters(text);
        }
        // The common case, on bytes: every count is a sum over pairs of neighbouring bytes,
        // kept in byte-wide counters over chunks of 255 pairs so that the compiler can add up
        // sixteen pairs at a time.
        let bytes = text.as_bytes();
        let white = |b: u8| (b == b' ') | (b.wrapping_sub(b'\t') < 5);
        let letter = |b: u8| (b | 0x20).wrapping_sub(b'a') < 26;
        let mut shape = Self {
            letters: bytes.first().map_or(0, |&b| usize::from(letter(b))),
            words: bytes.first().map_or(0, |&b| usize::from(!white(b))),
            separators: usize::from(bytes.first() == Some(&b'|')),
            full_stop: text.trim_end().ends_with('.'),
            ..Self::default()
        };
        let pairs = bytes.len().saturating_sub(1);
        let mut stops = 0;
        for start in (0..pairs).step_by(255) {
            let end = (start + 255).min(pairs);
            let before = &bytes[start..end];
            let after = &bytes[start + 1..end + 1];
            let mut counts = [0u8; 5];
            for (&a, &b) in before.iter().zip(after) {
                counts[0] = counts[0].wrapping_add(u8::from(letter(b)));
                counts[1] = counts[1].wrapping_add(u8::from(white(a) & !white(b)));
                counts[2] = counts[2].wrapping_add(u8::from(b == b'|'));
                counts[3] = counts[3]
                    .wrapping_add(u8::from(a.is_ascii_lowercase() & b.is_ascii_uppercase()));
                counts[4] = counts[4].wrapping_add(u8::from((a == b'.') & (b == b' ')));
            }
            shape.letters += usize::from(counts[0]);
            shape.words += usize::from(counts[1]);
            shape.separators += usize::from(counts[2]);
            shape.glued += usize::from(counts[3]);
            stops += usize::from(counts[4]);
        }
        shape.full_stop |= stops > 0;
        shape
    }

    /// The same counts, character by character, for text of any script.
    fn of_characters(text: &str) -> Self {
        Self {
            letters: text.chars().filter(|c| c.is_alphabetic()).count(),
            words: text.split_whitespace().count(),
            separators: text.matches(MENU_SEPARATORS).count(),
            glued: glued_words(text),
            full_stop: has_full_stop(text),
        }
    }
}

/// Whether a block is the site's, on its own evidence: the [`Verdict::Bad`] of [`judge`].
fn is_chrome(block: &SourceBlock, shape: &Shape) -> bool {
    let text = block.text.as_str();
    let letters = shape.letters;
    if block.in_chrome_element || block.nbsp_indented || block.page_furniture {
        return true;
    }
    // Project Gutenberg's credit line above the work.
    if text.starts_with("Produced by ") && letters < 120 {
        return true;
    }
    if letters < 40
        && (is_image_label(text)
            || is_site_label(text)
            || is_barred_item(text)
            || is_document_site_label(text))
    {
        return true;
    }
    // "Page 1: POLICY AND PROGRAM DEVELOPMENTS · 2019-09-06 · Policy and Program …", "policy
    // and program developments · 2019-09-06 · policy … assessment of...": a document site's
    // snippet of the file it hosts, its fields set apart by middle dots.
    // (Told first by the dot's last byte, which few texts hold.)
    if letters < 400
        && memchr::memchr(0xB7, text.as_bytes()).is_some()
        && text.matches(" · ").count() >= 2
    {
        let page_snippet = text
            .strip_prefix("Page ")
            .and_then(|rest| rest.split_once(": "))
            .is_some_and(|(number, _)| number.bytes().all(|b| b.is_ascii_digit()));
        if page_snippet || text.trim_end().ends_with("...") {
            return true;
        }
    }
    if letters < 80 && is_pager_link(text) {
        return true;
    }
    // A cable's routing line on a page or in a note ("E.O. 12958: N/A", "DE RUEHRA #0535/01
    // 3030849 R 300849Z OCT 09"): the text reader sets such lines apart; here they are blocks.
    if letters < 60 && crate::load::is_stray_routing(text) {
        return true;
    }
    // (Only a text with a bar in it: counted with the separators.)
    if letters < 250 && shape.separators > 0 && is_page_record(text) {
        return true;
    }
    let link_density = if block.link_chars == 0 {
        0.0
    } else {
        let chars = text.chars().filter(|c| !c.is_whitespace()).count().max(1);
        block.link_chars as f64 / chars as f64
    };
    if link_density > 0.3 {
        // "Background:", "Area:": a data sheet's field labels link to their definitions;
        // they label the page's own data, and are not navigation.
        let field_label = text.trim_end().ends_with(':') && text.chars().count() <= 60;
        // Long prose thick with function words is prose, however many of its words link on
        // (an encyclopaedia's lead): only menus and lists of links are made of links.
        let linked_prose = letters >= 300 && link_density <= 0.8 && stopword_density(text) >= 0.2;
        if !field_label && !linked_prose && (link_density > 0.5 || letters < 200) {
            return true;
        }
    }
    if letters < 250 {
        let phrases = SitePhrases::in_text(text);
        // ("This page was last edited on 14 August 2021, at 09:12." reads as a sentence, and
        // is the site's all the same.)
        let page_edited = phrases.boilerplate
            && letters < 80
            && (text.contains("last edited") || text.contains("last modified"));
        // The banner over every U.S. federal site since 2019 ("A .gov website belongs to an
        // official government organization in the United States.") is in sentences too.
        let gov_banner = phrases.boilerplate && text.contains(".gov");
        if (phrases.boilerplate && (!reads_as_sentence(text) || page_edited || gov_banner))
            || (letters < 80 && !shape.full_stop && phrases.share_bar())
            || is_bracketed_menu(text)
            || is_site_date(text)
            || shape.glued >= 2
            || (block.kind != BlockKind::Table && is_menu_line(text, shape.separators))
        {
            return true;
        }
    }
    let laid_out = matches!(block.kind, BlockKind::Table | BlockKind::Preformatted);
    (laid_out && is_contents_list(text))
        || looks_like_mail_headers(text)
        || (!laid_out && !shape.full_stop && shape.words >= 12 && repeats_itself(text))
}

/// What a block that is not chrome holds: prose ([`Verdict::Good`]) or other lines.
fn content_verdict(block: &SourceBlock, letters: usize) -> Verdict {
    let text = block.text.as_str();
    if block.kind == crate::document::BlockKind::Table {
        return if letters >= 200 {
            Verdict::Good
        } else {
            Verdict::Neutral
        };
    }
    if is_cjk_prose(text) {
        return Verdict::Good;
    }
    let density = stopword_density(text);
    let sentence_like = text
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', ')', ':', ';']);
    if (letters >= 120 && density >= 0.15) || (letters >= 60 && sentence_like && density >= 0.2) {
        Verdict::Good
    } else {
        Verdict::Neutral
    }
}

const BOILERPLATE: &[&str] = &[
    "copyright",
    "©",
    "all rights reserved",
    "back to top",
    "return to:",
    "return to index",
    "return to top",
    "related documents",
    "related links",
    "related articles",
    "related content",
    "top of page",
    "privacy policy",
    "privacy statement",
    "terms of use",
    "terms and conditions",
    "terms of service",
    "cookie",
    // The U.S. federal sites' banner.
    "official website of the united states",
    "here's how you know",
    "here’s how you know",
    "websites use .gov",
    ".gov website",
    "skip to",
    "skip links",
    "view all",
    "subject index",
    "skip navigation",
    "skip global navigation",
    "skip breadcrumb",
    "skip left",
    "share this",
    "follow us",
    "subscribe",
    "newsletter",
    "sign up",
    "log in",
    "login",
    "powered by",
    "html by",
    "designed by",
    "contact us",
    "site map",
    "sitemap",
    "print this",
    "read more",
    // A blog's: its archive's heading, and the link on to a post cut short.
    "blog archives",
    "read the rest of this",
    "continue reading",
    "javascript",
    "impressum",
    "datenschutz",
    "mentions légales",
    "you are here",
    "search this site",
    "main menu",
    "last modified",
    "print this page",
    "(c) 19",
    "(c) 20",
    "advertisement",
    "sponsored links",
    "sponsored content",
    "advertise with",
    // Print, mail and reading tools.
    "printer-friendly",
    "printer friendly",
    "print-friendly",
    "print version",
    "email this",
    "e-mail this",
    "send to a friend",
    "bookmark this",
    "text size",
    "font size",
    "text-only version",
    "view source",
    "page last updated",
    "last updated:",
    // Caches and web archives around a saved copy.
    "viewing cable",
    "how-to read a cable",
    "google's cache",
    "webpage capture",
    "all snapshots",
    // A blog's comment form.
    "will not be published",
    "required fields are marked",
    // A wiki's foot: its source's address, its categories, its last edit.
    "retrieved from \"",
    "categories:",
    "page was last edited",
    "page was last modified",
];

/// A word a site sets alone over its pages: which edition it is ("Mobile") or a control
/// ("Menu", "Search", "Share", "Back to previous page"). Passed over when widening the report
/// to its cover lines.
fn is_site_label(text: &str) -> bool {
    let text = text.trim();
    // The longest label has 21 bytes: longer lines are none.
    if text.len() > 21 {
        return false;
    }
    [
        "mobile",
        "share",
        "print",
        "email",
        "menu",
        "search",
        "navigation",
        "main navigation",
        "toggle navigation",
        "back to previous page",
        "video",
        // The State Department's tagline under its seal, on every page of its site.
        "diplomacy in action",
        // A blog's labels over its likes, comments and lists of other posts.
        "like this:",
        "like loading...",
        "leave a reply",
        "leave a comment",
        "post comment",
        "recent posts",
        "recent comments",
    ]
    .iter()
    .any(|w| text.eq_ignore_ascii_case(w))
}

/// "1 views", "0 download", "Upload: others", "Post on 11-Mar-2020", "Category:",
/// "TRANSCRIPT": the labels and counters a document site sets around the file it hosts.
fn is_document_site_label(text: &str) -> bool {
    let text = text.trim();
    // The longest label has 20 bytes, "Post on 11-Mar-2020": longer lines are none.
    if text.len() > 24 {
        return false;
    }
    let counter = text.split_once(' ').is_some_and(|(number, word)| {
        !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && ["view", "views", "download", "downloads"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
    });
    let starts_with = |start: &str| {
        text.get(..start.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(start))
    };
    counter
        || ["upload:", "uploaded by", "post on ", "posted on "]
            .iter()
            .any(|start| starts_with(start))
        || [
            "category:",
            "transcript",
            "citation preview",
            "embed size (px)",
        ]
        .iter()
        .any(|label| text.eq_ignore_ascii_case(label))
}

/// "Next: Benin >>", "<< Previous: Africa overview", "« Back": a link to the site's next or
/// previous page, its arrows kept as text.
/// "Guest Book |", "Contact WHO |": one item of a menu saved a line each, its separator
/// after it.
fn is_barred_item(text: &str) -> bool {
    let text = text.trim();
    let Some(item) = text.strip_suffix(" |").or_else(|| text.strip_prefix("| ")) else {
        return false;
    };
    let words = item.split_whitespace().count();
    // ("1990 |", "7488 |": a table's cells, saved a line each, are no menu.)
    (1..=4).contains(&words) && !item.contains('|') && item.chars().any(char::is_alphabetic)
}

fn is_pager_link(text: &str) -> bool {
    let text = text.trim_ascii();
    // Told by the first and last bytes: an ASCII arrow or a character beyond ASCII.
    let (Some(&first), Some(&last)) = (text.as_bytes().first(), text.as_bytes().last()) else {
        return false;
    };
    if first != b'<' && last != b'>' && first.is_ascii() && last.is_ascii() {
        return false;
    }
    // («Return of the Poppy» is a title in guillemets.)
    let quoted = text.starts_with('«') && text.ends_with('»');
    let arrowed =
        !quoted && (text.starts_with(['<', '«', '‹', '←']) || text.ends_with(['>', '»', '›', '→']));
    // (A link never ends a sentence: "<< Back to the 2004 figures: the DNP had reported …".)
    if !arrowed || text.ends_with('.') {
        return false;
    }
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let pager = |w: &&str| {
        [
            "next", "previous", "prev", "back", "forward", "older", "newer", "continue", "return",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
    };
    let first = words.next();
    // (The last word, or the first again where it is the only one.)
    let last = words.next_back().or(first);
    first.as_ref().is_some_and(pager) || last.as_ref().is_some_and(pager)
}

/// "Posted: March 9, 2001 | Collection: Federal Depository Library Program": the page's
/// record of itself, labelled fields between bars, opening on a field a site keeps. ("Source:
/// SAIA | Ministry of Government" under a report's table is the table's.)
fn is_page_record(text: &str) -> bool {
    if !text.contains('|') {
        return false;
    }
    let labelled = |part: &str| {
        part.split_once(':').is_some_and(|(label, _)| {
            let words = label.split_whitespace().count();
            (1..=3).contains(&words)
        })
    };
    if text.split('|').filter(|part| labelled(part)).count() < 2 {
        return false;
    }
    let Some((label, _)) = text.trim().split_once(':') else {
        return false;
    };
    [
        "posted",
        "published",
        "updated",
        "last updated",
        "modified",
        "last modified",
        "page last modified",
        "created",
        "added",
        "collection",
        "filed under",
        "category",
        "categories",
        "tags",
    ]
    .iter()
    .any(|field| label.eq_ignore_ascii_case(field))
}

/// The words a saved page keeps of its images: "Great Seal logo", "flagbar rule", and after
/// the site's name, "U.S. Department of State - Great Seal".
fn is_image_label(text: &str) -> bool {
    let Some(last) = text.split_whitespace().next_back() else {
        return false;
    };
    let image = [
        "logo", "banner", "icon", "graphic", "spacer", "rule", "bullet", "image", "seal", "bar",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w));
    if !image {
        return false;
    }
    let label = text.rsplit_once(" - ").map_or(text, |(_, label)| label);
    // A seal is the State Department's ("Great Seal"), a bar a coloured rule ("Blue Bar"):
    // "Customs Seal" and "The Bar" head a report's parts.
    let first = label.split_whitespace().next().unwrap_or("");
    let colour = [
        "blue", "red", "green", "gray", "grey", "black", "white", "yellow", "gold", "orange",
    ]
    .iter()
    .any(|c| first.eq_ignore_ascii_case(c));
    if (last.eq_ignore_ascii_case("seal") && !first.eq_ignore_ascii_case("great"))
        || (last.eq_ignore_ascii_case("bar") && !colour)
    {
        return false;
    }
    (2..=4).contains(&label.split_whitespace().count()) && text.split_whitespace().count() <= 10
}

/// What a site says about itself, whatever its length: an archive's disclaimer ("… a
/// permanent electronic archive … external links may no longer function … should not be
/// construed as an endorsement"), a copyright and terms notice. Three of its marks.
fn is_site_notice(text: &str) -> bool {
    use aho_corasick::AhoCorasick;
    use std::sync::OnceLock;
    const MARKS: &[&str] = &[
        "web site",
        "website",
        "external links",
        "endorsement",
        "electronic archive",
        "archive site",
        "not updated",
        "no longer function",
        "contact us",
        "privacy",
        "copyright",
        "all rights reserved",
        "terms of use",
        "disclaimer",
    ];
    static FINDER: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let Some(finder) = FINDER
        .get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(MARKS)
                .ok()
        })
        .as_ref()
    else {
        return false;
    };
    let mut seen = [false; MARKS.len()];
    for found in finder.find_iter(text) {
        seen[found.pattern().as_usize()] = true;
        if seen.iter().filter(|&&s| s).count() >= 3 {
            return true;
        }
    }
    false
}

/// "Mirrored from www.state.gov for preservation. This mirror is not updated.": a mirror's
/// note on its copy, a short block opening so.
fn is_mirror_notice(text: &str) -> bool {
    let text = text.trim_start();
    let opens = |text: &str, starts: &[&str]| {
        starts.iter().any(|start| {
            text.get(..start.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(start))
        })
    };
    // "(From The State Department at gopher://…)", "(This document is abridged and contains
    // only information relevant to Lebanon.)": the copier's note on where a text came from.
    // ("[EDITOR'S NOTE: Charts referenced to in brackets [ ] are available only in hard copy
    // of report.]": an archive's note on what its copy left out.)
    let bracketed_note = text.strip_prefix(['(', '[']).is_some_and(|note| {
        opens(
            note,
            &[
                "editor's note",
                "editor’s note",
                "editors' note",
                "from the state department",
                "from the u.s. department",
                "from the department of state",
                "this document is abridged",
                "this document has been abridged",
                "this text is abridged",
            ],
        )
    });
    text.len() < 300
        && (opens(
            text,
            &["mirrored from ", "this mirror ", "this is a mirror "],
        ) || bracketed_note)
}

/// "[Home] [Search] [Contents] [Previous] [Next]": three or more bracketed links of a few
/// words each, and nothing else on the line.
fn is_bracketed_menu(text: &str) -> bool {
    let mut items = 0;
    let mut rest = text.trim();
    while let Some(inner) = rest.strip_prefix('[') {
        let Some((item, after)) = inner.split_once(']') else {
            return false;
        };
        if item.trim().is_empty() || item.split_whitespace().count() > 4 {
            return false;
        }
        items += 1;
        rest = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-'));
    }
    rest.is_empty() && items >= 3
}

/// "Senator Rockefeller said that the soldiers … know what they sign up for.": a sentence of
/// prose that happens to use a phrase of the chrome.
fn reads_as_sentence(text: &str) -> bool {
    let mut text = text.trim_end();
    // "… throughout the country. (© AFP 2012, Qais Usyan)": a photograph's credit after the
    // caption's last sentence.
    if text.ends_with(')')
        && let Some(open) = text.rfind('(')
        && text[..open].trim_end().ends_with(['.', '!', '?'])
    {
        text = text[..open].trim_end();
    }
    text.ends_with(['.', '!', '?'])
        && text.split_whitespace().count() >= 8
        && stopword_density(text) >= 0.25
}

/// The networks and means a share bar passes a page on by: "Share: Facebook Twitter Email".
/// The last two are words of any report, so a bar needs a network among its names.
const SHARE_NAMES: &[&str] = &[
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "tumblr",
    "mastodon",
    "bluesky",
    "email",
    "print",
];

/// What a short block says of the site: a phrase of its [`BOILERPLATE`], and which of the
/// [`SHARE_NAMES`] it names. Both lists are searched in one pass, in any ASCII case.
struct SitePhrases {
    boilerplate: bool,
    named: [bool; SHARE_NAMES.len()],
}

impl SitePhrases {
    fn in_text(text: &str) -> Self {
        use aho_corasick::{AhoCorasick, MatchKind};
        use std::sync::OnceLock;
        static PHRASES: OnceLock<Option<AhoCorasick>> = OnceLock::new();
        static SIEVE: OnceLock<PhraseSieve> = OnceLock::new();
        let mut found = Self {
            boilerplate: false,
            named: [false; SHARE_NAMES.len()],
        };
        // Most blocks hold none of the phrases, and the sieve tells so for a fraction of the
        // search's cost (and the automaton is built only when a block may hold one). Where one
        // may, the search starts where the first may begin.
        let sieve =
            SIEVE.get_or_init(|| PhraseSieve::new(BOILERPLATE.iter().chain(SHARE_NAMES).copied()));
        let Some(from) = sieve.first_start(text) else {
            return found;
        };
        let phrases = PHRASES.get_or_init(|| {
            // Longest first where two start together: "print this" over "print", "email
            // this" over "email".
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(BOILERPLATE.iter().chain(SHARE_NAMES))
                .ok()
        });
        let Some(phrases) = phrases else {
            let lower = text.to_lowercase();
            found.boilerplate = BOILERPLATE.iter().any(|p| lower.contains(p));
            for (named, name) in found.named.iter_mut().zip(SHARE_NAMES) {
                *named = lower.contains(name);
            }
            return found;
        };
        let bytes = text.as_bytes();
        // A share name is a whole word: not the "print" of "fingerprint".
        let whole_word = |at: usize, end: usize| {
            let letter_before = at > 0 && bytes[at - 1].is_ascii_alphanumeric();
            let letter_after = bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
            !(letter_before || letter_after)
        };
        for phrase in phrases.find_iter(aho_corasick::Input::new(text).span(from..text.len())) {
            match phrase.pattern().as_usize().checked_sub(BOILERPLATE.len()) {
                None => found.boilerplate = true,
                Some(name) if whole_word(phrase.start(), phrase.end()) => {
                    found.named[name] = true;
                }
                Some(_) => {}
            }
        }
        found
    }

    /// Two or more of the share names, a network among them.
    fn share_bar(&self) -> bool {
        let networks = &self.named[..SHARE_NAMES.len() - 2];
        networks.iter().any(|&n| n) && self.named.iter().filter(|&&n| n).count() >= 2
    }
}

/// How many of a phrase's first bytes [`PhraseSieve`] reads: the shortest ASCII phrases
/// ("email", "print") have five.
const SIEVE_WINDOW: usize = 5;

/// Tells at little cost that a text holds none of a list of phrases (in any ASCII case), as
/// most blocks hold none of the site's: Wu and Manber's skip over the phrases' first
/// [`SIEVE_WINDOW`] bytes, their *openings*. A window of that many bytes slides over the text,
/// and the pair of bytes at its end says how far it may jump without stepping over the end of
/// an opening; only where that pair ends an opening is the whole window compared. "Maybe"
/// answers are left to the exact search.
struct PhraseSieve {
    /// By the pair of (folded) bytes ending the window, how far the window may move on: the
    /// least distance from the pair to the end of an opening that holds it (0 where the pair
    /// ends one), and a window's length less one where no opening holds the pair (an opening
    /// begun after the pair's first byte ends that far on at least).
    shift: Vec<u8>,
    /// Each opening, folded, its bytes packed into an integer ([`Self::opening`]).
    openings: FxHashSet<u64>,
    /// The phrases shorter than a window ("©"), looked for whole.
    short: Vec<&'static str>,
}

impl PhraseSieve {
    /// Case folded for the sieve: a byte with its 0x20 bit set. An ASCII capital and its small
    /// letter differ in that bit alone, so a phrase in any case folds as the text does (other
    /// bytes that fold alike only let more texts through to the exact search).
    fn fold(byte: u8) -> u8 {
        byte | 0x20
    }

    fn pair(first: u8, second: u8) -> usize {
        usize::from(Self::fold(first)) << 8 | usize::from(Self::fold(second))
    }

    fn opening(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0u64, |packed, &byte| {
            packed << 8 | u64::from(Self::fold(byte))
        })
    }

    fn new(phrases: impl Iterator<Item = &'static str>) -> Self {
        let mut sieve = Self {
            shift: vec![(SIEVE_WINDOW - 1) as u8; 1 << 16],
            openings: FxHashSet::default(),
            short: Vec::new(),
        };
        for phrase in phrases {
            let Some(opening) = phrase.as_bytes().get(..SIEVE_WINDOW) else {
                // (Looked for as it is: sound only for a phrase without letters to fold.)
                assert!(!phrase.bytes().any(|b| b.is_ascii_alphabetic()), "{phrase}");
                sieve.short.push(phrase);
                continue;
            };
            sieve.openings.insert(Self::opening(opening));
            for (at, pair) in opening.windows(2).enumerate() {
                let to_end = (SIEVE_WINDOW - 2 - at) as u8;
                let shift = &mut sieve.shift[Self::pair(pair[0], pair[1])];
                *shift = (*shift).min(to_end);
            }
        }
        sieve
    }

    /// Where in `text` the first of the phrases may begin: `None` when it holds none. (No
    /// phrase begins before.)
    fn first_start(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        // (Its first byte first: a quick scan that most texts fail.)
        let short = self
            .short
            .iter()
            .filter(|phrase| bytes.contains(&phrase.as_bytes()[0]))
            .filter_map(|phrase| text.find(phrase))
            .min();
        // The index of the window's last byte.
        let mut end = SIEVE_WINDOW - 1;
        while end < bytes.len() {
            match self.shift[Self::pair(bytes[end - 1], bytes[end])] {
                0 => {
                    let start = end + 1 - SIEVE_WINDOW;
                    if self.openings.contains(&Self::opening(&bytes[start..=end])) {
                        return Some(short.map_or(start, |short| short.min(start)));
                    }
                    end += 1;
                }
                shift => end += usize::from(shift),
            }
        }
        short
    }
}

/// The days of the week, as a date line names them (asked in any case by [`is_site_date`]).
pub(super) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whether the title lines under a page's date line name years, none of them the date's own.
fn dated_otherwise(date_line: &str, under: &[SourceBlock]) -> bool {
    fn years(text: &str) -> impl Iterator<Item = &str> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
    }
    let Some(own) = years(date_line).last() else {
        return false;
    };
    let mut named = under.iter().flat_map(|b| years(&b.text)).peekable();
    named.peek().is_some() && named.all(|year| year != own)
}

/// "Tuesday, 5 November 2024": a page's own date line (with its weekday), not the report's.
fn is_site_date(text: &str) -> bool {
    // Weekdays start with one of these letters; most lines can be told apart at once.
    let text = text.trim();
    if !text.starts_with(['M', 'T', 'W', 'F', 'S', 'm', 't', 'w', 'f', 's']) || text.len() > 60 {
        return false;
    }
    // A weekday is ASCII: the line's start is compared as it stands, without lower-casing it.
    let weekday = WEEKDAYS.iter().any(|d| {
        text.as_bytes()
            .get(..d.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(d.as_bytes()))
    });
    weekday && text.split_whitespace().count() <= 6 && text.bytes().any(|b| b.is_ascii_digit())
}

/// "HomeAbout HR-NetNewsWeb Sites": link labels run together when a menu is saved as text.
/// Scripts without spaces ("DeepMind的AlphaGo AI能够…") run words together by nature.
/// "Home | About Us | Reports | Contact": short items between three or more separators.
/// What stands between the items of a menu or a breadcrumb trail saved as text ("Home |
/// About", "Home » Documents » Reports"). Not `>`: a report writes routes and comparisons
/// with it ("Afghanistan > Tajikistan > Russia").
const MENU_SEPARATORS: [char; 5] = ['|', '•', '·', '»', '›'];

/// `separators`: how many the text holds ([`Shape::separators`]); fewer than three make no
/// menu.
fn is_menu_line(text: &str, separators: usize) -> bool {
    if separators < 3 {
        return false;
    }
    let items: Vec<&str> = text
        .split(MENU_SEPARATORS)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    // "Index of … || Electronic Research Collections Index || ERC Homepage": double bars
    // separate a site's links, even when they are few and long.
    let double_barred = text.matches("||").count() >= 2;
    (items.len() >= 4
        && items
            .iter()
            .all(|item| item.split_whitespace().count() <= 4))
        || (double_barred
            && items.len() >= 3
            && items
                .iter()
                .all(|item| item.split_whitespace().count() <= 7))
}

/// A printed report's table of contents: lines of a name and a page number, the numbers
/// rising, five of them at least ("Afghanistan ….. 205", "Bangladesh ….. 210"; a short
/// table of figures can rise by chance). Navigation, and its numbers are
/// pages, not figures.
fn is_contents_list(text: &str) -> bool {
    let mut pages = Vec::new();
    // "Eastern Caribbean 192" / "   Antigua and Barbuda" / "   St. Lucia": the countries a
    // chapter groups, indented under it without pages of their own.
    let mut unpaged = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let line = line.trim_end().trim_end_matches('.');
        let page = line
            .rsplit_once([' ', '.', '\t'])
            .filter(|(name, _)| name.chars().any(char::is_alphabetic))
            .and_then(|(_, page)| page.parse::<u32>().ok());
        match page {
            Some(page) => pages.push(page),
            None if !pages.is_empty() && line.starts_with(' ') && line.len() < 60 => unpaged += 1,
            None => return false,
        }
    }
    // Two short chapters may share a page ("Paraguay 99" / "Peru 99"), though not every one.
    // The last page number out of order is a typesetter's slip ("Sri Lanka 9" after
    // "Pakistan 241"), in a list long enough to tell; a dip inside is a table's.
    let rising = |pages: &[u32]| {
        pages.windows(2).all(|pair| pair[0] <= pair[1])
            && pages.windows(2).filter(|pair| pair[0] == pair[1]).count() * 4 < pages.len()
    };
    let slip_at_end = pages.len() >= 6 && rising(&pages[..pages.len() - 1]);
    pages.len() >= 5 && unpaged < pages.len() && (rising(&pages) || slip_at_end) && pages[0] < 5000
}

/// The blocks about a table of contents found at `at` that belong to it: the part's own line
/// above ("THE CARIBBEAN 157", its page before the list's first), and below the countries a
/// chapter groups ("   Antigua and Barbuda") and the chapters after ("French Caribbean 199"),
/// up to the report's first heading or sentence.
fn extend_contents(
    blocks: &[SourceBlock],
    contents: &mut [bool],
    verdicts: &mut [Verdict],
    at: usize,
) {
    let pages = |text: &str| -> Vec<u32> {
        text.lines()
            .filter_map(|line| line.trim_end().rsplit_once(' '))
            .filter_map(|(_, page)| page.parse().ok())
            .collect()
    };
    let listed = pages(&blocks[at].text);
    let (Some(&first), Some(&last)) = (listed.first(), listed.last()) else {
        return;
    };
    let paged_line = |text: &str| {
        let text = text.trim();
        text.len() < 80
            && !text.contains('\n')
            && text.rsplit_once(' ').is_some_and(|(name, page)| {
                name.chars().any(char::is_alphabetic) && page.parse::<u32>().is_ok()
            })
    };
    let mut mark = |i: usize| {
        contents[i] = true;
        verdicts[i] = Verdict::Bad;
    };
    if at >= 1
        && paged_line(&blocks[at - 1].text)
        && pages(&blocks[at - 1].text)
            .first()
            .is_some_and(|&p| p < first)
    {
        mark(at - 1);
    }
    // A name alone: a few capitalised words, no sentence, no section's numeral.
    let name_line = |text: &str| {
        let text = text.trim();
        let words: Vec<&str> = text.split_whitespace().collect();
        text.len() < 60
            && !text.ends_with(['.', ':', ';'])
            && !text.chars().any(|c| c.is_ascii_digit())
            && (1..=7).contains(&words.len())
            && !words[0]
                .trim_end_matches(['.', ':'])
                .chars()
                .all(|c| matches!(c, 'I' | 'V' | 'X'))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(*w, "and" | "the" | "of" | "in" | "de" | "et")
            })
    };
    // Names after the last page are the last chapter's countries, unless one is the report's
    // own country line: in capitals ("ARGENTINA"), or right above its first section.
    let opens_report = |i: usize| {
        let text = blocks[i].text.trim();
        !text.chars().any(char::is_lowercase)
            || blocks.get(i + 1).is_some_and(|next| {
                super::outline::heading_style(&next.text) == Some(super::HeadingStyle::Roman)
            })
    };
    let mut page = last;
    let mut names_since = at + 1;
    for (i, block) in blocks.iter().enumerate().skip(at + 1) {
        let text = block.text.trim();
        if let Some(&first_page) = pages(text).first()
            && paged_line(text)
            && first_page >= page
        {
            page = first_page;
            (names_since..=i).for_each(&mut mark);
            names_since = i + 1;
        } else if !(name_line(text) || text.lines().all(name_line)) || opens_report(i) {
            break;
        }
    }
    (names_since..blocks.len())
        .take_while(|&i| name_line(&blocks[i].text) && !opens_report(i))
        .for_each(mark);
}

/// [`is_contents_list`] whose lines were joined into one: "Cote d'Ivoire 415 Egypt 417
/// Ethiopia 419 …", names of a few words each followed by a page number, the numbers rising.
fn is_run_on_contents(text: &str) -> bool {
    let mut pages: Vec<u32> = Vec::new();
    let mut words_since = 0;
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if let Ok(page) = word.parse::<u32>() {
            // A name before each number, and a name (or the end) after it.
            let named_next = words
                .peek()
                .is_none_or(|next| next.starts_with(|c: char| c.is_uppercase()));
            if words_since == 0 || words_since > 6 || !named_next {
                return false;
            }
            pages.push(page);
            words_since = 0;
        } else {
            // (A sentence's stop is no name's: "… in 1995. Police seized 40 …".)
            if word.ends_with(['.', ';', ':', '!', '?']) && word.chars().count() > 3 {
                return false;
            }
            words_since += 1;
            // (Prose has no page number within a name's length: told at once.)
            if words_since > 6 {
                return false;
            }
        }
    }
    pages.len() >= 5
        && words_since <= 6
        && pages.windows(2).all(|pair| pair[0] <= pair[1])
        && pages[0] < 5000
}

/// How many times a lower-case letter is followed by a capital inside a word, in text of any
/// script ([`Shape::of`] counts ASCII text on bytes).
fn glued_words(text: &str) -> usize {
    let mut glued = 0;
    let cased = |word: &&str| {
        !word
            .chars()
            .any(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
    };
    for word in text.split_whitespace().filter(cased) {
        let mut previous_lower = false;
        for c in word.chars() {
            if previous_lower && c.is_uppercase() {
                glued += 1;
            }
            previous_lower = c.is_lowercase();
        }
    }
    glued
}

const MAIL_HEADERS: &[&str] = &[
    "from:",
    "path:",
    "newsgroups:",
    "subject:",
    "message-id:",
    "xref:",
    "organization:",
    "lines:",
    "date:",
    "sender:",
    "reply-to:",
    "references:",
    "nntp-posting-host:",
];

fn looks_like_mail_headers(text: &str) -> bool {
    // Most blocks are told at once by their first letter.
    let Some(first) = text.bytes().next().map(|b| b.to_ascii_lowercase()) else {
        return false;
    };
    if !MAIL_HEADERS.iter().any(|h| h.as_bytes()[0] == first) {
        return false;
    }
    let starts_with_header = MAIL_HEADERS.iter().any(|h| {
        text.get(..h.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(h))
    });
    if !starts_with_header {
        return false;
    }
    let lower = text.to_lowercase();
    MAIL_HEADERS.iter().filter(|h| lower.contains(*h)).count() >= 2
}

/// Prose ends its sentences with full stops; strips of links do not.
fn has_full_stop(text: &str) -> bool {
    let trimmed = text.trim_end();
    // On bytes: a substring search costs more than the scan for so short a needle.
    trimmed.ends_with('.') || trimmed.as_bytes().windows(2).any(|pair| pair == b". ")
}

/// A short block that says the same six words twice, and is largely made of such repeats, is a
/// strip of repeated links. (A data sheet's field may say a phrase twice among fifty other
/// words: "71 ships (1,000 GRT or over) totaling … 10 cargo ships (1,000 GRT or over)
/// totaling …".)
fn repeats_itself(text: &str) -> bool {
    if text.len() > 600 {
        return false;
    }
    // One list of hashes and one table per thread, reused: a data sheet asks this of thousands
    // of blocks, and new ones for each were a measurable part of the time.
    thread_local! {
        static SCRATCH: std::cell::RefCell<(Vec<u64>, FxHashSet<u64>)> =
            std::cell::RefCell::new((Vec::new(), FxHashSet::default()));
    }
    SCRATCH.with_borrow_mut(|(hashes, seen)| {
        // Hash each word, then each run of six, and look for a run seen twice.
        word_hashes(text, hashes);
        if hashes.len() < 12 {
            return false;
        }
        let runs = hashes.len() - 5;
        // At least one run in ten said again.
        let needed = runs.div_ceil(10);
        seen.clear();
        seen.reserve(runs);
        let mut repeated = 0;
        let mut run = hashes[..6].iter().fold(0u64, |h, x| h.rotate_left(11) ^ x);
        for i in 0..runs {
            if i > 0 {
                // The same fold as the first run's, rolled on by a word: the word that leaves
                // was rotated five times (55 bits), and every other word once more.
                run = (run ^ hashes[i - 1].rotate_left(55)).rotate_left(11) ^ hashes[i + 5];
            }
            // (A run already seen is one more repeat: the count of equal neighbours once the
            // runs are sorted.)
            if !seen.insert(run) {
                repeated += 1;
                if repeated >= needed {
                    return true;
                }
            }
            // (Too few runs left to reach the share: the answer is known.)
            if repeated + (runs - i - 1) < needed {
                return false;
            }
        }
        false
    })
}

/// The FNV-1a hash of each word of `text`, into `hashes`. ASCII text is split on its
/// white-space bytes as it is hashed (one pass, no characters decoded); other text on white
/// space of any script.
fn word_hashes(text: &str, hashes: &mut Vec<u64>) {
    hashes.clear();
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x100_0000_01b3;
    let fold = |hash: u64, byte: u8| (hash ^ u64::from(byte)).wrapping_mul(PRIME);
    if !text.is_ascii() {
        hashes.extend(
            text.split_whitespace()
                .map(|word| word.bytes().fold(OFFSET, fold)),
        );
        return;
    }
    // The ASCII characters `char::is_whitespace` counts, the vertical tab included. All are at
    // most a space: the bytes of a word are told by one comparison.
    let white =
        |byte: u8| byte <= b' ' && matches!(byte, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if white(bytes[at]) {
            at += 1;
            continue;
        }
        // A word: hashed to its end in a loop of its own.
        let mut hash = OFFSET;
        while let Some(&byte) = bytes.get(at)
            && !white(byte)
        {
            hash = fold(hash, byte);
            at += 1;
        }
        hashes.push(hash);
    }
}

/// Function words of the languages in the corpus. Prose is thick with them; menus are not.
fn is_stopword(lower: &str) -> bool {
    matches!(
        lower,
        // English
        "the" | "of" | "and" | "to" | "in" | "a" | "is" | "that" | "for" | "it" | "as" | "was"
            | "with" | "be" | "by" | "on" | "not" | "he" | "this" | "are" | "or" | "his" | "from"
            | "at" | "which" | "but" | "have" | "an" | "had" | "they" | "you" | "were" | "their"
            | "has" | "been" | "its" | "there" | "also" | "than" | "who" | "will" | "would"
            | "can" | "more" | "these" | "such" | "into" | "other" | "some"
            // German
            | "der" | "die" | "das" | "und" | "ist" | "den" | "dem" | "des" | "ein" | "eine"
            | "zu" | "mit" | "sich" | "auf" | "für" | "nicht" | "von" | "im" | "auch" | "es"
            | "werden" | "wird" | "sind" | "bei"
            // French
            | "le" | "la" | "les" | "et" | "est" | "du" | "une" | "un" | "en" | "que" | "qui"
            | "dans" | "pour" | "pas" | "sur" | "au" | "par" | "plus" | "ce" | "il" | "elle"
            | "sont"
            // Polish, Spanish, Italian, Greek odds and ends
            | "się" | "nie" | "na" | "że" | "jest" | "do" | "el" | "los" | "las" | "con" | "por"
            | "di" | "che" | "και" | "το" | "της" | "του" | "να" | "η" | "σε"
            // More French and German
            | "de" | "à" | "ne" | "se" | "aux" | "ou" | "mais" | "avec" | "cette" | "son" | "ses"
            | "dass" | "als" | "wie" | "aus" | "nach" | "zur" | "zum" | "einer" | "einen"
            | "oder" | "über" | "hat" | "noch" | "nur"
            // Polish
            | "w" | "z" | "i" | "o" | "od" | "po" | "za" | "jak" | "ale" | "czy" | "dla"
            | "przez" | "oraz" | "ze" | "są" | "już" | "tylko" | "przy" | "ich" | "jego" | "lub"
            | "który" | "która" | "które" | "także" | "tego" | "tym"
    )
}

/// Chinese and Japanese prose has no spaces to count function words by: a run of ideographs
/// with sentence punctuation (，。) is prose.
fn is_cjk_prose(text: &str) -> bool {
    // Ideographs take three bytes each in UTF-8: pure ASCII text has none.
    if text.is_ascii() {
        return false;
    }
    let ideographs = text
        .chars()
        .filter(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{3040}'..='\u{30FF}'))
        .count();
    ideographs >= 40 && text.contains(['，', '。'])
}

fn stopword_density(text: &str) -> f64 {
    // A long paragraph's first 600 bytes (a hundred words) tell its density as well as the
    // whole.
    let text = &text[..text.floor_char_boundary(600)];
    let mut words = 0usize;
    let mut stop = 0usize;
    if text.is_ascii() {
        // The common case, on bytes: words are runs of ASCII letters, lower-cased into a
        // small buffer as they are read (no function word is longer than six letters).
        let mut buffer = [0u8; 6];
        let mut length = 0usize;
        for byte in text.bytes().chain(std::iter::once(b' ')) {
            if byte.is_ascii_alphabetic() {
                if length < buffer.len() {
                    buffer[length] = byte.to_ascii_lowercase();
                }
                length += 1;
                continue;
            }
            if length > 0 {
                words += 1;
                if length <= buffer.len()
                    && std::str::from_utf8(&buffer[..length]).is_ok_and(is_stopword)
                {
                    stop += 1;
                }
                length = 0;
            }
        }
    } else {
        for word in text.split(|c: char| !c.is_alphabetic()) {
            if word.is_empty() {
                continue;
            }
            words += 1;
            if word.len() <= 8 && crate::extract::numbers::lowered(word, is_stopword) {
                stop += 1;
            }
        }
    }
    if words == 0 {
        0.0
    } else {
        stop as f64 / words as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_of_contents_is_navigation_but_a_short_rising_table_is_not() {
        let contents = "SOUTHWEST ASIA          203\nAfghanistan        205\n\
                        Bangladesh       210\nIndia            212\nPakistan      225";
        assert!(is_contents_list(contents));
        assert!(!is_contents_list(
            "Opium      100\nHeroin     200\nCocaine    300"
        ));
        assert!(!is_contents_list(
            "Opium  1,200\nHeroin  1,300\nHashish 1,400\nCoca 1,500\nKhat 1,600"
        ));
        // The 1994 report's list, with its one slip.
        assert!(is_contents_list(
            "SOUTHWEST ASIA    219\nAfghanistan    221\nBangladesh    226\nIndia    229\n\
             Iran    235\nNepal    237\nPakistan    241\nSri Lanka    9"
        ));
        assert!(!is_contents_list(
            "Opium  120\nHeroin  300\nHashish 140\nCoca 150\nKhat 160"
        ));
        assert!(!is_contents_list(
            "Cannabis 120\nHeroin 300\nCocaine 450\nOpium 90\nHashish 600\nEcstasy 800"
        ));
    }

    #[test]
    fn a_table_of_contents_run_into_one_line_is_navigation_but_a_list_of_figures_is_not() {
        assert!(is_run_on_contents(
            "Cote d'Ivoire 415 Egypt 417 Ethiopia 419 Ghana 421 Israel 424 Kenya 427 Other \
             Africa 446 Algeria 446"
        ));
        for text in [
            "Seizures rose from 415 in 1994 to 417 in 1995, 419 in 1996 and 421 in 1997 and 424.",
            "Opium 120 Heroin 300 Hashish 140 Coca 150 Khat 160",
            "Police seized 40 kg. Customs seized 50 kg. Army units seized 60 kg. Others 70 and 80.",
        ] {
            assert!(!is_run_on_contents(text), "{text}");
        }
    }

    #[test]
    fn a_site_notice_needs_three_of_its_marks() {
        assert!(is_site_notice(
            "This web site is an archive; external links may no longer function and are no \
             endorsement."
        ));
        assert!(!is_site_notice("The police web site listed 40 arrests."));
    }

    fn para(text: &str) -> SourceBlock {
        SourceBlock {
            text: text.to_owned(),
            ..SourceBlock::default()
        }
    }

    #[test]
    fn a_shape_counted_on_bytes_is_the_shape_counted_on_characters() {
        for text in [
            "",
            " ",
            ".",
            "Home | About Us | Reports | Contact",
            "HomeAbout HR-NetNewsWeb Sites",
            "Total area: 647,500 km2; land area: 647,500 km2",
            "  Two  spaces\tand a tab.\nA second sentence. ",
            "ends with a stop.  ",
            "U.S. aid",
            "x.y",
        ] {
            assert_eq!(Shape::of(text), Shape::of_characters(text), "{text:?}");
        }
        // Longer than a chunk of 255 pairs, with counts past what one byte holds.
        let long = "HomeAbout | Reports. Contact\t".repeat(300);
        assert_eq!(Shape::of(&long), Shape::of_characters(&long));
        assert_eq!(Shape::of(&long).separators, 300);
    }

    /// [`repeats_itself`] as it was first written: every run's hash folded afresh, the hashes
    /// sorted, equal neighbours counted.
    fn repeats_itself_by_sorting(text: &str) -> bool {
        let mut hashes = Vec::new();
        word_hashes(text, &mut hashes);
        if text.len() > 600 || hashes.len() < 12 {
            return false;
        }
        let mut runs: Vec<u64> = hashes
            .windows(6)
            .map(|run| run.iter().fold(0u64, |h, x| h.rotate_left(11) ^ x))
            .collect();
        runs.sort_unstable();
        let repeated = runs.windows(2).filter(|pair| pair[0] == pair[1]).count();
        repeated > 0 && repeated * 10 >= runs.len()
    }

    #[test]
    fn repeats_found_with_a_set_and_rolled_hashes_are_the_repeats_found_by_sorting() {
        let strip = "Home About Us News Archive Contact Search ";
        let mut texts = vec![
            strip.repeat(2),
            strip.repeat(5),
            format!(
                "{} {}",
                strip.repeat(2),
                "one two three four five six seven eight nine"
            ),
            "a b c d e f a b c d e f g h i j k l m n o p q r s t u v w x y z".to_owned(),
            "a b c d e f a b c d e f g h i j k l m n o p q r s t u v w x".to_owned(),
            "one two three four five six seven eight nine ten eleven twelve".to_owned(),
            "x ".repeat(40),
            "x ".repeat(300),
        ];
        // Twenty words, and one run of six said again at every point in them.
        let words: Vec<String> = (0..20).map(|i| format!("w{i}")).collect();
        for at in 0..14 {
            let mut said = words.clone();
            said.extend_from_slice(&words[at..at + 6]);
            texts.push(said.join(" "));
        }
        for text in &texts {
            assert_eq!(
                repeats_itself(text),
                repeats_itself_by_sorting(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_phrase_sieve_finds_where_a_phrase_may_begin_and_stops_a_data_sheets_line() {
        let sieve = PhraseSieve::new(BOILERPLATE.iter().chain(SHARE_NAMES).copied());
        for phrase in BOILERPLATE.iter().chain(SHARE_NAMES) {
            // At every place against the window's skips, in either case.
            for lead in 0..SIEVE_WINDOW {
                let lead = &"Home Page"[..lead];
                for text in [
                    format!("{lead}{phrase}"),
                    format!("{lead}{} now", phrase.to_ascii_uppercase()),
                ] {
                    assert_eq!(sieve.first_start(&text), Some(lead.len()), "{text:?}");
                }
            }
        }
        for text in [
            "Total area: 647,500 km2; land area: 647,500 km2",
            "Exports: $2.9 billion (f.o.b., 1989 est.); commodities--oil, coffee",
            "",
            "Copy",
        ] {
            assert_eq!(sieve.first_start(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_page_date_with_its_weekday_is_chrome() {
        assert_eq!(judge(&para("Tuesday, 5 November 2024")), Verdict::Bad);
        assert_eq!(judge(&para("February 26, 1999")), Verdict::Neutral);
    }

    #[test]
    fn the_federal_sites_banner_is_chrome_but_a_captions_credit_is_not() {
        for text in [
            "An official website of the United States Government Here's how you know",
            "Official websites use .gov",
            "A .gov website belongs to an official government organization in the United \
             States.",
            "Secure .gov websites use HTTPS",
            "A lock ( ) or https:// means you’ve safely connected to the .gov website. Share \
             sensitive information only on official, secure websites.",
        ] {
            assert_eq!(judge(&para(text)), Verdict::Bad, "{text:?}");
        }
        let caption = "Last quarter, Afghans assumed responsibility for security in this city. \
                       This quarter, the transition to Afghan control continued in many other \
                       districts and cities throughout the country. (© AFP 2012, Qais Usyan)";
        assert_ne!(judge(&para(caption)), Verdict::Bad);
    }

    #[test]
    fn a_menus_items_a_line_each_with_their_bars_are_chrome() {
        for text in ["Guest Book |", "Contact WHO |", "| Links/Literature"] {
            assert_eq!(judge(&para(text)), Verdict::Bad, "{text:?}");
        }
        assert_ne!(
            judge(&para("Seizures of heroin rose sharply in 1996 |")),
            Verdict::Bad,
        );
    }

    #[test]
    fn menu_labels_run_together_are_chrome() {
        assert_eq!(
            judge(&para(
                "HomeAbout HR-NetNewsWeb SitesDocumentsOnline HelpUsage InformationContact us"
            )),
            Verdict::Bad
        );
    }

    #[test]
    fn breadcrumbs_and_share_bars_are_chrome_but_a_comparison_is_not() {
        let bad = [
            "Home » Reports » Europe » 1996",
            "Share: Facebook Twitter Email",
            "Share on LinkedIn | Print",
            "[Home] [Search] [Contents] [Previous] [Next]",
            "Printer-friendly version",
            "Email this page",
            "Text size: A A A",
            "Page last updated: 03/01/96",
        ];
        for text in bad {
            assert_eq!(judge(&para(text)), Verdict::Bad, "{text:?}");
        }
        let not_chrome = [
            "Seizures > 5 tons in 1995 and > 2 tons in 1996",
            "Email and print media",
            "Facebook reported 2.8 billion users in 2021.",
            "[1] Forfeiture Info from BJA",
            "Seizures [kg] [1995] [1996]",
            "Seizures > 5 tons > 2 tons > 1 ton",
            "Main route: Afghanistan > Tajikistan > Kazakstan > Russia",
            "The register was last updated in 1994.",
            "Traffickers now recruit couriers on Facebook and by email.",
            "Fingerprint records, Facebook",
        ];
        for text in not_chrome {
            assert_ne!(judge(&para(text)), Verdict::Bad, "{text:?}");
        }
    }

    #[test]
    fn prose_is_good_and_a_heading_is_neutral() {
        assert_eq!(
            judge(&para(
                "Kazakstan is confronting a significant narcotics problem. Major international heroin trafficking groups are accelerating efforts to smuggle drugs through Kazakstan."
            )),
            Verdict::Good
        );
        assert_eq!(judge(&para("I. Summary")), Verdict::Neutral);
    }

    #[test]
    fn the_report_is_the_best_run_widened_over_its_title_lines() {
        let blocks = vec![
            para("Today's Suggestion"),
            SourceBlock {
                nbsp_indented: true,
                ..para("Latest News (All)")
            },
            SourceBlock {
                nbsp_indented: true,
                ..para("From Greece")
            },
            para("U.S. DEPARTMENT OF STATE"),
            para("I. Summary"),
            para(
                "Kazakstan is confronting a significant narcotics problem. Major international heroin trafficking groups are accelerating efforts to smuggle drugs through Kazakstan.",
            ),
            para("Back to Top"),
            para("Copyright © 1995-2023 HR-Net (Hellenic Resources Network). An HRI Project."),
        ];
        assert_eq!(
            content_mask(&blocks),
            vec![false, false, false, true, true, true, false, false]
        );
    }

    #[test]
    fn a_strip_of_repeated_links_is_chrome_but_a_field_saying_a_phrase_twice_is_not() {
        let strip =
            "Home About Us News Archive Contact Search Home About Us News Archive Contact Search";
        assert_eq!(judge(&para(strip)), Verdict::Bad);
        let field = "Merchant marine: 71 ships (1,000 GRT or over) totaling 290,123 GRT/432,152 \
            DWT; includes 1 short-sea passenger, 55 cargo, 4 refrigerated cargo, 1 roll-on/roll-off \
            cargo, 1 vehicle carrier, 8 petroleum, oils, and lubricants (POL) tanker, 1 bulk; \
            note--Vietnam owns 10 cargo ships (1,000 GRT or over) totaling 111,028 DWT under the \
            registry of Panama and Malta";
        assert_ne!(judge(&para(field)), Verdict::Bad);
    }
}
