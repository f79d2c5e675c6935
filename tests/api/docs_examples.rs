//! Every request example in the documentation (README.md and docs/src/**/*.md) is sent to the real app, and gets
//! the response the docs show.
//!
//! How the pages mark their examples (docs/src/development.md tells writers the same):
//! - A fenced block tagged `example` is run: ```` ```sh example ```` holds one `curl` command (see
//!   [`requests`] for the shell it may use around it), ```` ```http example ```` a raw request. The examples of a
//!   page run in order against one fresh app, so an example may use what an earlier one created (see
//!   [`matching`]: documented ids and secrets stand for the real ones).
//! - The response it gets is shown by a `# 201 {…}` comment after the curl command, or by the next block tagged
//!   `response`: ```` ```http response ```` (status line, the headers that matter, body) or ```` ```json response ````
//!   (a 2xx body). Without one, any 2xx will do. A block tagged `response repeat`, or a `# again: 200 {…}` comment,
//!   is what the very same request gets when it is sent once more.
//! - A block that looks runnable (a shell or HTTP block, a `curl` command, a request line) but cannot run here is
//!   preceded by `<!-- not run: why -->`. An untagged one fails the test, so every new example gets run.
//!
//! `REBOUND_SHOW_DOCS_EXAMPLES=1 cargo test --test api docs_examples -- --nocapture` prints every real answer, to
//! copy from when writing an example.
//!
//! The variables the pages use without setting them: `$REBOUND` (the server), `$TOKEN` and `$OWNER_TOKEN` (the
//! access token of [`OWNER_EMAIL`], the owner of a workspace signed up for the page with the harness's password),
//! `$MERGE_SIGNATURE_KEY` (the key an ATS would have given).

mod markdown;
mod matching;
mod requests;

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{access_token, Response, TestApp, PASSWORD};
use markdown::{Block, Page};
use matching::{lenient_json, Bindings};
use requests::{documented_response, http_request, DocRequest, DocResponse, Shell};

/// The workspace owner the pages' examples act as.
pub const OWNER_EMAIL: &str = "maya.chen@example.com";
const MERGE_SIGNATURE_KEY: &str = "mRg_5yT2pQ8vW1xZ4cB7nM0kL3jH6gF9";

/// One example of a page, with the response blocks that follow it.
struct Example<'a> {
    block: &'a Block,
    responses: Vec<&'a Block>,
}

/// What a page holds: its examples, the blocks it does not run (and why), and its marking mistakes.
#[derive(Default)]
struct Sorted<'a> {
    examples: Vec<Example<'a>>,
    not_run: Vec<(&'a Block, &'a str)>,
    mistakes: Vec<String>,
}

fn sort(page: &Page) -> Sorted<'_> {
    let mut sorted = Sorted::default();
    let mut after_example = false;
    for block in &page.blocks {
        let mut mistake = |what: &str| sorted.mistakes.push(format!("{}: {what}", block.location));
        if block.has_tag("response") {
            match sorted.examples.last_mut().filter(|_| after_example) {
                Some(example) => example.responses.push(block),
                None => mistake("a `response` block with no `example` block right before it"),
            }
            continue;
        }
        after_example = false;
        match (&block.not_run, block.has_tag("example")) {
            (Some(_), true) => mistake("tagged `example` and marked `not run`: which is it?"),
            (Some(reason), false) if reason.is_empty() => mistake("`<!-- not run: -->` without a reason"),
            (Some(reason), false) => sorted.not_run.push((block, reason)),
            (None, true) => {
                sorted.examples.push(Example {
                    block,
                    responses: Vec::new(),
                });
                after_example = true;
            }
            (None, false) if markdown::looks_runnable(block) => mistake(
                "looks like a request or a command, but is neither tagged `example` nor marked `<!-- not run: why -->`",
            ),
            (None, false) => {}
        }
    }
    sorted
}

/// The state of one page's run: the app, the shell's variables and files, the bound values, the last answer.
struct PageRun<'a> {
    app: &'a TestApp,
    shell: Shell,
    bindings: Bindings,
    previous: Option<Value>,
}

impl<'a> PageRun<'a> {
    fn new(app: &'a TestApp) -> Self {
        let mut shell = Shell::default();
        shell.vars.insert("REBOUND".into(), app.address.clone());
        shell
            .vars
            .insert("MERGE_SIGNATURE_KEY".into(), MERGE_SIGNATURE_KEY.into());
        Self {
            app,
            shell,
            bindings: Bindings::new(&app.address),
            previous: None,
        }
    }

    /// Signs up [`OWNER_EMAIL`]'s workspace the first time an example uses `$TOKEN` or `$OWNER_TOKEN` without
    /// setting it (Getting started signs up and sets `TOKEN` itself).
    async fn provide_tokens(&mut self, text: &str) {
        let used = ["TOKEN", "OWNER_TOKEN"].iter().any(|name| {
            let set = text.lines().any(|l| l.starts_with(&format!("{name}=")));
            !set && (text.contains(&format!("${name}")) || text.contains(&format!("${{{name}}}")))
        });
        if used && !self.shell.vars.contains_key("TOKEN") {
            self.app.signup(OWNER_EMAIL).await;
            let token = access_token(&self.app.login(OWNER_EMAIL, PASSWORD).await);
            self.shell.vars.insert("TOKEN".into(), token.clone());
            self.shell.vars.entry("OWNER_TOKEN".into()).or_insert(token);
        }
    }

    /// Runs one example and checks the responses it documents.
    async fn run(&mut self, example: &Example<'_>) -> Result<(), String> {
        let block = example.block;
        let text = self.bindings.substitute(&block.text);
        self.provide_tokens(&text).await;
        let (request, mut response, mut again) = if block.language == "sh" {
            let Self {
                shell,
                bindings,
                previous,
                ..
            } = self;
            let read = shell.read(&text, previous.as_ref(), &mut |d, r| {
                bindings.match_str(d, r)
            })?;
            (read.request, read.response, read.again)
        } else {
            (
                http_request(&expand(&text, &self.shell)?)?,
                None,
                Vec::new(),
            )
        };
        for response_block in &example.responses {
            let documented = documented_response(&response_block.language, &response_block.text)
                .map_err(|e| format!("{}: {e}", response_block.location))?;
            if response_block.has_tag("repeat") {
                again.push(documented);
            } else if response.replace(documented).is_some() {
                return Err(format!(
                    "{}: a second response for one request (tag it `response repeat` if the request is sent again)",
                    response_block.location
                ));
            }
        }
        let answer = self.send(&request).await?;
        let summary = format!("{} {}", request.method, request.target);
        if std::env::var_os("REBOUND_SHOW_DOCS_EXAMPLES").is_some() {
            // For writers: the real answer, to copy from when writing or fixing an example.
            println!(
                "{}: {summary}\n{} {:?}\n{}\n",
                block.location, answer.status, answer.headers, answer.text
            );
        }
        self.check(response.as_ref(), &answer)
            .map_err(|e| format!("{summary}: {e}"))?;
        for documented in &again {
            let repeated = self.send(&request).await?;
            self.check(Some(documented), &repeated)
                .map_err(|e| format!("{summary}, sent again: {e}"))?;
        }
        self.previous = Some(answer.body);
        Ok(())
    }

    async fn send(&self, request: &DocRequest) -> Result<Response, String> {
        let path = match request.target.strip_prefix(&self.app.address) {
            Some(path) => path,
            None if request.target.starts_with('/') => &request.target,
            None => return Err(format!("{} is not on $REBOUND", request.target)),
        };
        let method = Method::from_bytes(request.method.as_bytes()).map_err(|e| e.to_string())?;
        let mut sent = self.app.request(method, path);
        for (name, value) in &request.headers {
            sent = sent.header(name, value);
        }
        if let Some(body) = &request.body {
            sent = sent.body(body.clone());
        }
        Ok(sent.send().await)
    }

    /// Whether `answer` is what `documented` shows (any 2xx when nothing is shown).
    fn check(&mut self, documented: Option<&DocResponse>, answer: &Response) -> Result<(), String> {
        let status_ok = match documented.and_then(|d| d.status) {
            Some(status) => answer.status == status,
            None => (200..300).contains(&answer.status),
        };
        if !status_ok {
            let wanted = documented
                .and_then(|d| d.status)
                .map_or("a 2xx".to_string(), |s| s.to_string());
            return Err(format!(
                "documented {wanted}, got {}: {}",
                answer.status, answer.text
            ));
        }
        let Some(documented) = documented else {
            return Ok(());
        };
        for (name, value) in &documented.headers {
            let values: Vec<&str> = answer
                .headers
                .get_all(name.as_str())
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect();
            if values.is_empty() {
                return Err(format!("no `{name}` header; got {:?}", answer.headers));
            }
            self.bindings
                .match_header(value, &values.join(", "))
                .map_err(|e| format!("header `{name}`: {e}"))?;
        }
        let Some(body) = &documented.body else {
            return Ok(());
        };
        match lenient_json(body) {
            Ok(json) => {
                let actual: Value = serde_json::from_str(&answer.text)
                    .map_err(|_| format!("documented a JSON body, got {:?}", answer.text))?;
                self.bindings.match_json(&json, &actual, "")
            }
            Err(_) => self.bindings.match_str(body.trim(), answer.text.trim()),
        }
    }
}

/// `$NAME` and `${NAME}` in an HTTP example, from the page's variables.
fn expand(text: &str, shell: &Shell) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let braced = after.starts_with('{');
        let name_start = usize::from(braced);
        let len = after[name_start..]
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len() - name_start);
        if len == 0 {
            out.push('$');
            rest = after;
            continue;
        }
        let name = &after[name_start..name_start + len];
        let value = shell.vars.get(name).ok_or_else(|| {
            format!("${name} is neither set by an earlier example on the page nor by the test")
        })?;
        out.push_str(value);
        rest = &after[name_start + len + usize::from(braced)..];
    }
    out.push_str(rest);
    Ok(out)
}

#[actix_web::test]
async fn every_request_example_in_the_docs_gets_the_response_it_shows() {
    let pages = markdown::pages();
    let (mut ran, mut not_run, mut failures) = (0, Vec::new(), Vec::new());
    for page in &pages {
        let sorted = sort(page);
        failures.extend(sorted.mistakes);
        not_run.extend(
            sorted
                .not_run
                .iter()
                .map(|(block, reason)| format!("{}: {reason}", block.location)),
        );
        if sorted.examples.is_empty() {
            continue;
        }
        let app = TestApp::spawn().await;
        let mut run = PageRun::new(&app);
        for example in &sorted.examples {
            ran += 1;
            if let Err(e) = run.run(example).await {
                failures.push(format!("{}: {e}", example.block.location));
            }
        }
    }
    println!(
        "docs examples: {ran} run, {} not run:\n  {}",
        not_run.len(),
        not_run.join("\n  ")
    );
    if ran == 0 {
        failures.push(
            "no example was run: are the ```sh example / ```http example tags still in the docs?"
                .into(),
        );
    }
    assert!(
        failures.is_empty(),
        "{} docs examples are wrong (or mis-tagged):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
