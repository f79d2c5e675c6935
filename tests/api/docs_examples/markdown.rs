//! The fenced code blocks of the documentation's Markdown pages, with their tags and a `<!-- not run: … -->` marker.

use std::path::{Path, PathBuf};

/// One fenced code block.
pub struct Block {
    /// `docs/src/ats-plugins/cors.md:8`: where its opening fence is, for messages.
    pub location: String,
    /// The first word of the info string (`sh`, `http`, `json`, …), empty when there is none.
    pub language: String,
    /// The other words of the info string: `example`, `response`, `repeat`.
    pub tags: Vec<String>,
    /// The lines between the fences, without the indentation of the opening fence (blocks inside list items).
    pub text: String,
    /// The reason given by a `<!-- not run: reason -->` line right before the block.
    pub not_run: Option<String>,
}

impl Block {
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }
}

/// A Markdown page of the documentation.
pub struct Page {
    pub blocks: Vec<Block>,
}

/// README.md and every page under docs/src, in path order.
pub fn pages() -> Vec<Page> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    markdown_files(&root.join("docs/src"), &mut files);
    files[1..].sort();
    files
        .iter()
        .map(|file| {
            let path = file
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(file)
                .unwrap_or_else(|e| panic!("reading {}: {e}", file.display()));
            Page {
                blocks: blocks(&path, &text),
            }
        })
        .collect()
}

fn markdown_files(folder: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            markdown_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
}

/// The fenced (```` ``` ````) blocks of one page.
pub fn blocks(path: &str, text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut previous_text_line: Option<&str> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        let Some((fence, info)) = opening_fence(trimmed) else {
            if !trimmed.is_empty() {
                previous_text_line = Some(trimmed);
            }
            i += 1;
            continue;
        };
        let indent = line.len() - trimmed.len();
        let mut words = info.split([' ', ',']).filter(|w| !w.is_empty());
        let language = words.next().unwrap_or_default().to_string();
        let tags = words.map(str::to_string).collect();
        let opened_at = i + 1;
        let mut content = Vec::new();
        i += 1;
        let closes = |line: &str| {
            let line = line.trim();
            line.len() >= fence && line.chars().all(|c| c == '`')
        };
        while i < lines.len() && !closes(lines[i]) {
            let body = lines[i];
            let strip = body.len() - body.trim_start().len();
            content.push(&body[strip.min(indent)..]);
            i += 1;
        }
        let not_run = previous_text_line
            .and_then(|l| l.strip_prefix("<!-- not run:"))
            .and_then(|l| l.strip_suffix("-->"))
            .map(|reason| reason.trim().to_string());
        blocks.push(Block {
            location: format!("{path}:{opened_at}"),
            language,
            tags,
            text: content.join("\n"),
            not_run,
        });
        previous_text_line = None;
        i += 1;
    }
    blocks
}

/// A CommonMark backtick fence: its length and info string (which may not hold a backtick, so ```` ```x ```` in
/// a line of prose is inline code, not a fence).
fn opening_fence(line: &str) -> Option<(usize, &str)> {
    let fence = line.chars().take_while(|&c| c == '`').count();
    let info = &line[fence..];
    (fence >= 3 && !info.contains('`')).then_some((fence, info.trim()))
}

/// Whether a block reads like something to run: a shell or HTTP block, or one holding a `curl` command or an HTTP
/// request line. Those must be run (`example`) or say why not (`<!-- not run: … -->`).
pub fn looks_runnable(block: &Block) -> bool {
    let request_line = |l: &str| {
        let mut words = l.split_whitespace();
        matches!(
            words.next(),
            Some("GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS" | "HEAD")
        ) && words.next().is_some_and(|target| target.starts_with('/'))
    };
    matches!(
        block.language.as_str(),
        "sh" | "bash" | "shell" | "console" | "http"
    ) || block
        .text
        .lines()
        .any(|l| l.split_whitespace().any(|w| w == "curl") || request_line(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_their_tags_and_the_not_run_reason_and_lose_the_list_indentation() {
        let page =
            "Text\n\n<!-- not run: starts the server -->\n```sh\ncargo run\n```\n\n1. Step\n\n   \
                    ```http example\n   GET /v1/me\n   Authorization: Bearer $TOKEN\n   ```\n\
                    ```` ```sh example ```` is inline code\n";
        let found = blocks("p.md", page);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].not_run.as_deref(), Some("starts the server"));
        assert_eq!(found[0].location, "p.md:4");
        assert_eq!(found[1].language, "http");
        assert!(found[1].has_tag("example"));
        assert_eq!(found[1].text, "GET /v1/me\nAuthorization: Bearer $TOKEN");
        assert!(found[1].not_run.is_none());
        assert!(looks_runnable(&found[1]));
    }
}
