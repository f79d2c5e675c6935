//! Reading the docs' examples into requests and expected responses: raw HTTP blocks, and shell blocks with one
//! `curl` command. The shell is understood only as far as the docs use it (no shell is started): variables
//! (`$REBOUND`, `"…$X…"`), assignments (`NAME=value`, or `NAME=value   # json.path` to take the value from the previous
//! response), files written with `printf '%s' '…' > file` or a `cat > file <<'END'` here-document, and command
//! substitutions of `openssl dgst -sha256 -hmac KEY (-r | -binary) FILE`, `cut -d C -fN`, `base64`, `tr S1 S2` and
//! `uuidgen`, each done the way that tool does it. After the command, a `# 201 {…}` comment is the documented
//! response, and `# again: 200 {…}` what the same request gets when it is sent once more.

use std::collections::HashMap;

use base64::Engine;
use hmac::Mac;
use serde_json::Value;

/// A request as an example writes it.
#[derive(Clone, Debug)]
pub struct DocRequest {
    pub method: String,
    /// A path (and query) on the server, or a full URL.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
}

/// A response as the docs show it.
#[derive(Debug, Default)]
pub struct DocResponse {
    /// `None`: any 2xx.
    pub status: Option<u16>,
    pub headers: Vec<(String, String)>,
    /// The body as written (JSON with `…`, or text with `…`).
    pub body: Option<String>,
}

/// A page's shell state: variables and the files its examples wrote.
#[derive(Default)]
pub struct Shell {
    pub vars: HashMap<String, String>,
    files: HashMap<String, Vec<u8>>,
}

/// A shell example read: its request, its documented response and what resending it gets.
pub struct ShellExample {
    pub request: DocRequest,
    pub response: Option<DocResponse>,
    pub again: Vec<DocResponse>,
}

enum Token {
    Word(String),
    /// `|`, `>` or `<<`.
    Operator(&'static str),
}

/// A shell example's lines, read one logical line at a time.
struct Script<'a> {
    lines: Vec<&'a str>,
    next: usize,
}

impl<'a> Script<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            lines: text.lines().collect(),
            next: 0,
        }
    }

    fn take(&mut self) -> Option<&'a str> {
        let line = self.lines.get(self.next).copied();
        self.next += 1;
        line
    }

    /// The next logical line: `\` continues it, and so does a quoted string left open (a JSON body over lines).
    fn logical_line(&mut self) -> Option<String> {
        let mut line = self.take()?.to_string();
        while line.ends_with('\\') || open_quote(&line) {
            let Some(next) = self.take() else { break };
            if line.ends_with('\\') {
                line.pop();
            } else {
                line.push('\n');
            }
            line.push_str(next);
        }
        Some(line)
    }

    /// The lines up to `end` (a here-document's body, with its final line break).
    fn until(&mut self, end: &str) -> String {
        let mut body = String::new();
        while let Some(line) = self.take().filter(|l| *l != end) {
            body.push_str(line);
            body.push('\n');
        }
        body
    }

    /// `text` continued by the comment lines after it until its JSON is complete.
    fn rest_of_comment(&mut self, mut text: String) -> String {
        while !balanced(&text) {
            let Some(line) = self.take() else { break };
            text.push('\n');
            text.push_str(line.trim_start().trim_start_matches('#'));
        }
        text
    }
}

/// What a shell example has shown so far.
#[derive(Default)]
struct Read {
    request: Option<DocRequest>,
    response: Option<DocResponse>,
    again: Vec<DocResponse>,
}

impl Read {
    /// A `# 201 {…}` or `# again: 200 {…}` comment; other comments are prose.
    fn comment(&mut self, comment: &str, script: &mut Script) -> Result<(), String> {
        let (is_again, text) = match comment.strip_prefix("again:") {
            Some(rest) => (true, rest.trim_start()),
            None => (false, comment),
        };
        if !text.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok(());
        }
        if self.request.is_none() {
            return Err(format!(
                "response comment `# {comment}` before the curl command"
            ));
        }
        let documented = status_and_body(&script.rest_of_comment(text.to_string()))?;
        if is_again {
            self.again.push(documented);
        } else if self.response.replace(documented).is_some() {
            return Err("two response comments; the second one means `# again: …`".into());
        }
        Ok(())
    }
}

impl Shell {
    /// Runs the non-request lines of a shell example and reads its `curl` command and response comments.
    /// `previous` is the body of the page's previous response, for `NAME=value   # json.path` lines;
    /// `check` compares a documented value with the real one it was replaced by.
    pub fn read(
        &mut self,
        text: &str,
        previous: Option<&Value>,
        check: &mut dyn FnMut(&str, &str) -> Result<(), String>,
    ) -> Result<ShellExample, String> {
        let mut script = Script::new(text);
        let mut read = Read::default();
        while let Some(line) = script.logical_line() {
            let (tokens, comment) = self.tokens(&line)?;
            let words: Vec<&str> = tokens
                .iter()
                .map(|t| match t {
                    Token::Word(w) => w.as_str(),
                    Token::Operator(o) => o,
                })
                .collect();
            match (words.first(), comment) {
                (None, Some(comment)) => read.comment(&comment, &mut script)?,
                (None, None) => {}
                (Some(&"curl"), _) if read.request.is_none() => {
                    read.request = Some(self.curl(&words[1..])?)
                }
                (Some(&"curl"), _) => return Err("one curl command per example".into()),
                (Some(_), comment) => self
                    .run(&words, comment.as_deref(), &mut script, previous, check)
                    .map_err(|e| format!("{e}: {line}"))?,
            }
        }
        Ok(ShellExample {
            request: read.request.ok_or("no curl command")?,
            response: read.response,
            again: read.again,
        })
    }

    /// A line that is not the request: a file written or a variable set.
    fn run(
        &mut self,
        words: &[&str],
        comment: Option<&str>,
        script: &mut Script,
        previous: Option<&Value>,
        check: &mut dyn FnMut(&str, &str) -> Result<(), String>,
    ) -> Result<(), String> {
        match words {
            ["printf", "%s", text, ">", file] => {
                self.files
                    .insert(file.to_string(), text.as_bytes().to_vec());
            }
            ["cat", ">", file, "<<", end] => {
                let body = script.until(end);
                self.files.insert(file.to_string(), body.into_bytes());
            }
            [assignment] if assignment.contains('=') => {
                let (name, documented) = assignment.split_once('=').unwrap();
                let value = match comment.filter(|c| is_json_path(c)) {
                    Some(path) => {
                        let real = json_at(previous.ok_or("no previous response")?, path)?;
                        check(documented, &real).map_err(|e| format!("{name}: {e}"))?;
                        real
                    }
                    None => documented.to_string(),
                };
                self.vars.insert(name.to_string(), value);
            }
            _ => return Err("unsupported shell".into()),
        }
        Ok(())
    }

    /// The words and operators of one line, with quotes removed and `$…` expanded, and its trailing comment.
    fn tokens(&self, line: &str) -> Result<(Vec<Token>, Option<String>), String> {
        let chars: Vec<char> = line.chars().collect();
        let mut tokens = Vec::new();
        let mut word: Option<String> = None;
        let mut i = 0;
        let finish = |word: &mut Option<String>, tokens: &mut Vec<Token>| {
            if let Some(w) = word.take() {
                tokens.push(Token::Word(w));
            }
        };
        while i < chars.len() {
            let c = chars[i];
            match c {
                ' ' | '\t' => finish(&mut word, &mut tokens),
                '#' if word.is_none() => {
                    let comment: String = chars[i + 1..].iter().collect();
                    return Ok((tokens, Some(comment.trim().to_string())));
                }
                '|' | '>' | '<' => {
                    finish(&mut word, &mut tokens);
                    let operator = match (c, chars.get(i + 1)) {
                        ('<', Some('<')) => {
                            i += 1;
                            "<<"
                        }
                        ('|', _) => "|",
                        ('>', _) => ">",
                        _ => return Err(format!("unsupported redirection in {line}")),
                    };
                    tokens.push(Token::Operator(operator));
                }
                '\'' => {
                    let end = chars[i + 1..]
                        .iter()
                        .position(|&c| c == '\'')
                        .ok_or_else(|| format!("unclosed ' in {line}"))?;
                    word.get_or_insert_default()
                        .extend(&chars[i + 1..i + 1 + end]);
                    i += end + 1;
                }
                '"' => {
                    i += 1;
                    let text = word.get_or_insert_default();
                    loop {
                        match chars.get(i) {
                            None => return Err(format!("unclosed \" in {line}")),
                            Some('"') => break,
                            Some('\\') if matches!(chars.get(i + 1), Some('"' | '\\' | '$')) => {
                                text.push(chars[i + 1]);
                                i += 2;
                            }
                            Some('$') => {
                                let (value, used) = self.expand(&chars[i..])?;
                                text.push_str(&value);
                                i += used;
                            }
                            Some(&c) => {
                                text.push(c);
                                i += 1;
                            }
                        }
                    }
                }
                '$' => {
                    let (value, used) = self.expand(&chars[i..])?;
                    word.get_or_insert_default().push_str(&value);
                    i += used - 1;
                }
                '\\' if i + 1 < chars.len() => {
                    word.get_or_insert_default().push(chars[i + 1]);
                    i += 1;
                }
                _ => word.get_or_insert_default().push(c),
            }
            i += 1;
        }
        finish(&mut word, &mut tokens);
        Ok((tokens, None))
    }

    /// `$NAME`, `${NAME}` or `$(command)` at the start of `chars`: its value and how many characters it took.
    fn expand(&self, chars: &[char]) -> Result<(String, usize), String> {
        if chars.get(1) == Some(&'(') {
            let mut depth = 0;
            let mut quote = None;
            for (i, &c) in chars.iter().enumerate().skip(1) {
                match (quote, c) {
                    (Some(q), _) if c == q => quote = None,
                    (Some(_), _) => {}
                    (None, '\'' | '"') => quote = Some(c),
                    (None, '(') => depth += 1,
                    (None, ')') => {
                        depth -= 1;
                        if depth == 0 {
                            let command: String = chars[2..i].iter().collect();
                            let output = self.run_pipeline(&command)?;
                            let text = String::from_utf8(output).map_err(|e| e.to_string())?;
                            return Ok((text.trim_end_matches('\n').to_string(), i + 1));
                        }
                    }
                    _ => {}
                }
            }
            return Err("unclosed $(".into());
        }
        let braced = chars.get(1) == Some(&'{');
        let start = 1 + usize::from(braced);
        let len = chars[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
            .count();
        let name: String = chars[start..start + len].iter().collect();
        if name.is_empty() {
            return Ok(("$".into(), 1));
        }
        let value = self.vars.get(&name).ok_or_else(|| {
            format!("${name} is neither set by an earlier example on the page nor by the test")
        })?;
        Ok((value.clone(), start + len + usize::from(braced)))
    }

    /// A command substitution's pipeline, run stage by stage.
    fn run_pipeline(&self, command: &str) -> Result<Vec<u8>, String> {
        let (tokens, _) = self.tokens(command)?;
        let mut stages: Vec<Vec<String>> = vec![Vec::new()];
        for token in tokens {
            match token {
                Token::Word(w) => stages.last_mut().unwrap().push(w),
                Token::Operator("|") => stages.push(Vec::new()),
                Token::Operator(o) => return Err(format!("unsupported `{o}` in $({command})")),
            }
        }
        let mut data = Vec::new();
        for stage in stages {
            let words: Vec<&str> = stage.iter().map(String::as_str).collect();
            data = self.run_command(&words, data)?;
        }
        Ok(data)
    }

    /// One command of a pipeline, as the real tool does it, with `input` as its standard input.
    fn run_command(&self, words: &[&str], input: Vec<u8>) -> Result<Vec<u8>, String> {
        let unsupported = || {
            Err(format!(
                "unsupported command in an example: {}",
                words.join(" ")
            ))
        };
        match words {
            ["openssl", "dgst", "-sha256", "-hmac", key, output, file] => {
                let body = self
                    .files
                    .get(*file)
                    .ok_or_else(|| format!("no file {file}"))?;
                let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).unwrap();
                mac.update(body);
                let tag = mac.finalize().into_bytes();
                match *output {
                    "-binary" => Ok(tag.to_vec()),
                    "-r" => {
                        let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
                        Ok(format!("{hex} *{file}\n").into_bytes())
                    }
                    _ => unsupported(),
                }
            }
            ["cut", delimiter, field] => {
                let delimiter = delimiter
                    .strip_prefix("-d")
                    .filter(|d| d.chars().count() == 1);
                let field: Option<usize> = field.strip_prefix("-f").and_then(|f| f.parse().ok());
                let (Some(delimiter), Some(field)) = (delimiter, field) else {
                    return unsupported();
                };
                let text = String::from_utf8(input).map_err(|e| e.to_string())?;
                Ok(text
                    .lines()
                    .map(|l| format!("{}\n", l.split(delimiter).nth(field - 1).unwrap_or(l)))
                    .collect::<String>()
                    .into_bytes())
            }
            ["base64"] => {
                let encoded = base64::engine::general_purpose::STANDARD.encode(input);
                let lines: Vec<String> = encoded
                    .as_bytes()
                    .chunks(76)
                    .map(|l| format!("{}\n", String::from_utf8_lossy(l)))
                    .collect();
                Ok(lines.concat().into_bytes())
            }
            ["tr", from, to] if from.len() == to.len() => Ok(input
                .iter()
                .map(|b| {
                    from.bytes()
                        .position(|f| f == *b)
                        .map_or(*b, |p| to.as_bytes()[p])
                })
                .collect()),
            ["uuidgen"] => Ok(format!("{}\n", uuid::Uuid::new_v4()).into_bytes()),
            _ => unsupported(),
        }
    }
}

impl Shell {
    /// The request a `curl` command sends (the words after `curl`). `-d @file` and `--data-binary @file` read a file
    /// an earlier line wrote; `-d` drops its line breaks, as curl does.
    fn curl(&self, words: &[&str]) -> Result<DocRequest, String> {
        let (mut method, mut url, mut headers, mut data) = (None, None, Vec::new(), Vec::new());
        let mut i = 0;
        while i < words.len() {
            let word = words[i];
            let mut value = || {
                i += 1;
                words
                    .get(i)
                    .map(|v| v.to_string())
                    .ok_or_else(|| format!("{word} needs a value"))
            };
            match word {
                "-s" | "-S" | "-sS" | "--silent" | "--show-error" | "-i" | "--include" => {}
                "-X" | "--request" => method = Some(value()?),
                "-H" | "--header" => {
                    let header = value()?;
                    let (name, v) = header
                        .split_once(':')
                        .ok_or_else(|| format!("header without a colon: {header}"))?;
                    headers.push((name.trim().to_string(), v.trim().to_string()));
                }
                "-d" | "--data" | "--data-raw" | "--data-binary" => {
                    let v = value()?;
                    match v.strip_prefix('@').filter(|_| word != "--data-raw") {
                        Some(file) => {
                            let content = self
                                .files
                                .get(file)
                                .ok_or_else(|| format!("no file {file}"))?;
                            let text =
                                String::from_utf8(content.clone()).map_err(|e| e.to_string())?;
                            data.push(if word == "--data-binary" {
                                text
                            } else {
                                text.replace(['\r', '\n'], "")
                            });
                        }
                        None => data.push(v),
                    }
                }
                "--data-urlencode" => {
                    let v = value()?;
                    data.push(match v.split_once('=') {
                        Some((name, text)) => format!("{name}={}", crate::helpers::urlencode(text)),
                        None => crate::helpers::urlencode(&v),
                    });
                }
                w if w.starts_with("http://") || w.starts_with("https://") => {
                    url = Some(w.to_string())
                }
                w => return Err(format!("unsupported curl option {w}")),
            }
            i += 1;
        }
        let body = (!data.is_empty()).then(|| data.join("&"));
        if body.is_some()
            && !headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
        {
            headers.push((
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            ));
        }
        Ok(DocRequest {
            method: method.unwrap_or_else(|| if body.is_some() { "POST" } else { "GET" }.into()),
            target: url.ok_or("no URL")?,
            headers,
            body,
        })
    }
}

/// Whether `line` ends inside a quoted string.
fn open_quote(line: &str) -> bool {
    let mut quote = None;
    let mut escaped = false;
    for c in line.chars() {
        match (quote, c) {
            (Some('"'), _) if escaped => escaped = false,
            (Some('"'), '\\') => escaped = true,
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '#') => return false,
            _ => {}
        }
    }
    quote.is_some()
}

/// Whether the JSON text's brackets are all closed (strings skipped).
fn balanced(text: &str) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0i32, false, false);
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else {
            match c {
                '"' => in_string = true,
                '{' | '[' => depth += 1,
                '}' | ']' => depth -= 1,
                _ => {}
            }
        }
    }
    depth <= 0
}

/// `201 {"id": …}`: a status and an optional body.
fn status_and_body(text: &str) -> Result<DocResponse, String> {
    let (status, rest) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let status = status
        .parse()
        .map_err(|_| format!("not a status: {text}"))?;
    let rest = rest.trim();
    Ok(DocResponse {
        status: Some(status),
        headers: Vec::new(),
        body: (!rest.is_empty()).then(|| rest.to_string()),
    })
}

fn is_json_path(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '[' | ']')
        })
}

/// The string at `receiver.url`, `data[0].id`, … in `body`.
fn json_at(body: &Value, path: &str) -> Result<String, String> {
    let mut value = body;
    for part in path.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((name, index)) => (name, index.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        value = &value[name];
        if let Some(index) = index {
            value = &value[index];
        }
    }
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("no string at `{path}` in the previous response: {body}"))
}

/// The blank-line-separated head and body of a raw HTTP message; header lines starting with whitespace continue
/// the line before (the docs fold long URLs), and so do lines after the request line.
fn head_and_body(text: &str) -> (Vec<String>, Vec<&str>) {
    let mut lines = text.lines();
    let mut head: Vec<String> = Vec::new();
    for line in lines.by_ref() {
        if line.trim().is_empty() {
            break;
        }
        match head.last_mut() {
            Some(last) if line.starts_with([' ', '\t']) => last.push_str(line.trim_start()),
            _ => head.push(line.to_string()),
        }
    }
    (head, lines.collect())
}

fn header_lines(lines: &[String]) -> Result<Vec<(String, String)>, String> {
    lines
        .iter()
        .map(|l| {
            l.split_once(':')
                .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
                .ok_or_else(|| format!("not a header: {l}"))
        })
        .collect()
}

/// A raw HTTP request: `METHOD /path[ HTTP/1.1]`, headers, a blank line, a body. A form body's line breaks are
/// only for reading and are dropped.
pub fn http_request(text: &str) -> Result<DocRequest, String> {
    let (head, body) = head_and_body(text);
    let first = head.first().ok_or("an empty request")?;
    let mut parts = first.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Err(format!("not a request line: {first}"));
    };
    let headers: Vec<(String, String)> = header_lines(&head[1..])?
        .into_iter()
        .filter(|(n, _)| !n.eq_ignore_ascii_case("host"))
        .collect();
    let form = headers.iter().any(|(n, v)| {
        n.eq_ignore_ascii_case("content-type") && v.starts_with("application/x-www-form-urlencoded")
    });
    let body = if form {
        body.iter().map(|l| l.trim()).collect::<String>()
    } else {
        body.join("\n")
    };
    Ok(DocRequest {
        method: method.to_string(),
        target: target.to_string(),
        headers,
        body: (!body.trim().is_empty()).then_some(body),
    })
}

/// A response block: `HTTP/1.1 201 Created`, headers and a body, or (language `json`) a 2xx body alone.
pub fn documented_response(language: &str, text: &str) -> Result<DocResponse, String> {
    if language == "json" {
        return Ok(DocResponse {
            body: Some(text.to_string()),
            ..DocResponse::default()
        });
    }
    let (head, body) = head_and_body(text);
    let first = head.first().ok_or("an empty response")?;
    let status = first
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .filter(|_| first.starts_with("HTTP/"))
        .ok_or_else(|| format!("not a status line: {first}"))?;
    let body = body.join("\n");
    Ok(DocResponse {
        status: Some(status),
        headers: header_lines(&head[1..])?,
        body: (!body.trim().is_empty()).then_some(body),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_curl_command_with_quotes_variables_and_continuations_becomes_its_request() {
        let mut shell = Shell::default();
        shell.vars.insert("REBOUND".into(), "http://x".into());
        shell.vars.insert("KEY".into(), "k3y".into());
        let script = "curl -s -X POST \"$REBOUND/v1/r\" -H \"Authorization: Bearer $KEY\" \\\n  \
                      -H 'Content-Type: application/json' -d '{\"secret\": \"'\"$KEY\"'\"}'\n\
                      # 201 {\"a\": 1,\n#      \"b\": …}\n# prose\n# again: 200";
        let read = shell.read(script, None, &mut |_, _| Ok(())).unwrap();
        assert_eq!(read.request.method, "POST");
        assert_eq!(read.request.target, "http://x/v1/r");
        assert_eq!(
            read.request.headers[0],
            ("Authorization".into(), "Bearer k3y".into())
        );
        assert_eq!(read.request.body.as_deref(), Some("{\"secret\": \"k3y\"}"));
        let response = read.response.unwrap();
        assert_eq!(response.status, Some(201));
        assert_eq!(
            response.body.as_deref(),
            Some("{\"a\": 1,\n      \"b\": …}")
        );
        assert_eq!(read.again[0].status, Some(200));
    }

    #[test]
    fn signatures_are_computed_as_openssl_and_the_coreutils_compute_them() {
        let mut shell = Shell::default();
        let script = "SECRET=key\nprintf '%s' 'body' > body.json\n\
                      SIG=$(openssl dgst -sha256 -hmac \"$SECRET\" -r body.json | cut -d' ' -f1)\n\
                      B64=$(openssl dgst -sha256 -hmac \"$SECRET\" -binary body.json | base64 | tr '+/' '-_')\n\
                      curl http://x -d x";
        shell.read(script, None, &mut |_, _| Ok(())).unwrap();
        // `printf '%s' body | openssl dgst -sha256 -hmac key -r` and `… -binary | base64 | tr '+/' '-_'`.
        assert_eq!(
            shell.vars["SIG"],
            "515aae133b435d4000956731f68ae5cf5eb85d4f0dc6a546d2bfcd3595ec1ae1"
        );
        assert_eq!(
            shell.vars["B64"],
            "UVquEztDXUAAlWcx9orlz164XU8NxqVG0r_NNZXsGuE="
        );
    }
}
