//! Parsing HTML into scraper's DOM while keeping only what the walk reads.
//!
//! A saved page is mostly markup: inline-XBRL filings carry a `style` and a `contextRef` on
//! every cell, modern sites long `data-*` attributes and inline scripts. scraper's own sink
//! keeps all of it, and the tree costs several times the page. This sink sits in front of
//! scraper's: it drops the attributes no rule in `html.rs` looks at, reduces `style` to whether
//! it hides the element, never stores script or style text or comments, and records no parse
//! errors. The page is fed in slices, so html5ever never holds a second copy of it, and the
//! tree's node list is sized from a count of the tags up front instead of doubling.

use std::borrow::Cow;
use std::cell::Ref;

use ego_tree::{NodeId, Tree};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName, local_name};
use scraper::{Html, HtmlTreeSink, Node};

/// How much of the page html5ever is handed at a time.
const SLICE_BYTES: usize = 64 * 1024;

/// Parses a whole HTML document the way a browser would, into a DOM slimmed for the walk.
pub fn parse_document(html: &str) -> Html {
    let document = Html {
        errors: Vec::new(),
        quirks_mode: QuirksMode::NoQuirks,
        tree: Tree::with_capacity(Node::Document, estimated_nodes(html)),
    };
    let mut parser = html5ever::parse_document(
        SlimSink {
            inner: HtmlTreeSink::new(document),
        },
        Default::default(),
    );
    let mut rest = html;
    while !rest.is_empty() {
        let (slice, after) = rest.split_at(rest.floor_char_boundary(SLICE_BYTES).max(
            // A slice must hold at least one character.
            rest.chars().next().map_or(0, char::len_utf8),
        ));
        parser.process(StrTendril::from_slice(slice));
        rest = after;
    }
    parser.finish()
}

/// Counts what will become nodes: start tags and comments (`<` before a letter or `!`) and
/// runs of text (`>` before anything but another tag), plus a little for the elements the
/// parser adds itself (`html`, `head`, `body`, `tbody`). Slightly over rather than under:
/// one node too many doubles nothing, one too few doubles the whole list.
fn estimated_nodes(html: &str) -> usize {
    let bytes = html.as_bytes();
    let mut nodes = 0usize;
    for pair in bytes.windows(2) {
        nodes += match pair {
            [b'<', next] => usize::from(next.is_ascii_alphabetic() || *next == b'!'),
            [b'>', next] => usize::from(*next != b'<'),
            _ => 0,
        };
    }
    nodes + nodes / 20 + 16
}

/// Whether the walk reads attribute `name` of element `element`.
fn is_read(element: &QualName, name: &QualName) -> bool {
    match &*name.local {
        "hidden" | "aria-hidden" | "href" | "colspan" | "class" | "id" | "role" | "type"
        | "style" => true,
        "property" | "name" | "itemprop" | "content" => element.local == local_name!("meta"),
        "datetime" => element.local == local_name!("time"),
        _ => false,
    }
}

/// The attributes of `element` the walk reads, with `style` reduced to `display:none` when it
/// hides the element (and dropped otherwise) and `type` kept only when it is `hidden`.
fn slim(element: &QualName, attrs: Vec<Attribute>) -> Vec<Attribute> {
    let mut kept = attrs
        .into_iter()
        .filter(|attr| is_read(element, &attr.name))
        .filter_map(|mut attr| match &*attr.name.local {
            "style" => super::html::style_hides(&attr.value).then(|| {
                attr.value = StrTendril::from_slice("display:none");
                attr
            }),
            "type" => attr
                .value
                .trim()
                .eq_ignore_ascii_case("hidden")
                .then_some(attr),
            "href" => {
                // Only whether there is a link matters, not where it goes.
                attr.value.clear();
                Some(attr)
            }
            _ => Some(attr),
        })
        .collect::<Vec<_>>();
    // The collect reuses the tokenizer's vector, sized for every attribute: give back the rest.
    kept.shrink_to_fit();
    kept
}

/// Elements whose text the walk never reads.
fn drops_text(element: &QualName) -> bool {
    matches!(element.local, local_name!("script") | local_name!("style"))
}

/// scraper's sink, with what the walk never reads left out on the way in.
struct SlimSink {
    inner: HtmlTreeSink,
}

impl SlimSink {
    fn is_element_dropping_text(&self, node: &NodeId) -> bool {
        let html = self.inner.0.borrow();
        html.tree
            .get(*node)
            .and_then(|node| node.value().as_element().map(|e| drops_text(&e.name)))
            .unwrap_or(false)
    }
}

impl TreeSink for SlimSink {
    type Output = Html;
    type Handle = NodeId;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Html {
        self.inner.finish()
    }

    fn parse_error(&self, _message: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let attrs = slim(&name, attrs);
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.inner.create_comment(StrTendril::new())
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.inner.create_pi(StrTendril::new(), StrTendril::new())
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        if matches!(child, NodeOrText::AppendText(_)) && self.is_element_dropping_text(parent) {
            return;
        }
        self.inner.append(parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        self.inner
            .append_based_on_parent_node(element, prev_element, child);
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn mark_script_already_started(&self, node: &NodeId) {
        self.inner.mark_script_already_started(node);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.inner.append_before_sibling(sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let name = self.inner.elem_name(target).clone();
        self.inner.add_attrs_if_missing(target, slim(&name, attrs));
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &NodeId) -> bool {
        self.inner
            .is_mathml_annotation_xml_integration_point(handle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element_attrs(html: &str, name: &str) -> Vec<(String, String)> {
        let document = parse_document(html);
        let element = document
            .tree
            .nodes()
            .find_map(|node| node.value().as_element().filter(|e| e.name() == name))
            .expect("element");
        element
            .attrs()
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect()
    }

    #[test]
    fn only_the_attributes_the_walk_reads_are_kept() {
        let attrs = element_attrs(
            r#"<table><tr><td class="num" style="text-align:right;font-size:10pt"
                contextRef="c-1" data-x="y" colspan="2" id="cell">5</td></tr></table>"#,
            "td",
        );
        let names: Vec<&str> = attrs.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["class", "colspan", "id"]);
    }

    #[test]
    fn a_hiding_style_is_kept_as_display_none_and_links_keep_no_address() {
        let attrs = element_attrs(
            r#"<p><a href="https://example.org/x" style="color:red; DISPLAY: none">x</a>"#,
            "a",
        );
        assert_eq!(
            attrs,
            [
                ("href".to_owned(), String::new()),
                ("style".to_owned(), "display:none".to_owned())
            ]
        );
    }

    #[test]
    fn script_and_style_text_is_not_stored_but_the_rest_is() {
        let document = parse_document(
            "<head><style>p { color: red }</style><script>var a = '<b>';</script></head>\
             <body><p>Kept text.</p></body>",
        );
        let texts: Vec<&str> = document
            .tree
            .nodes()
            .filter_map(|node| node.value().as_text().map(|t| &**t))
            .collect();
        assert_eq!(texts, ["Kept text."]);
    }

    #[test]
    fn a_page_split_across_slices_mid_character_parses_whole() {
        let word = "Καζακστάν ";
        let html = format!("<p>{}</p>", word.repeat(SLICE_BYTES / word.len() * 3));
        let document = parse_document(&html);
        let text: String = document
            .tree
            .nodes()
            .filter_map(|node| node.value().as_text().map(|t| t.to_string()))
            .collect();
        assert_eq!(text, word.repeat(SLICE_BYTES / word.len() * 3));
    }

    #[test]
    fn the_node_estimate_covers_every_real_page_so_the_tree_never_doubles() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/real");
        let mut pages = 0;
        for entry in std::fs::read_dir(folder).expect("corpus") {
            let path = entry.expect("entry").path();
            let bytes = std::fs::read(&path).expect("read");
            let text = super::super::decode(&bytes).text;
            if super::super::sniff_format(&text, &path) != crate::document::SourceFormat::Html {
                continue;
            }
            let nodes = parse_document(&text).tree.nodes().count();
            let estimate = estimated_nodes(&text);
            assert!(
                nodes <= estimate,
                "{path:?}: {nodes} nodes, {estimate} estimated"
            );
            assert!(
                estimate <= nodes * 2 + 64,
                "{path:?}: {estimate} for {nodes} nodes"
            );
            pages += 1;
        }
        assert!(pages >= 20, "{pages} HTML pages");
    }
}
