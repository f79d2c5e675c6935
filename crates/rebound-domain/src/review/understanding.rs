//! The sentence-level reading of a note: each sentence is split into clauses and words ([`super::sentences`]), and
//! rules over the candidate's own first-person statements find apologies in any form, excuses (a cause offered for
//! a shortfall), self-deprecation (negative self-evaluation, negation handled, from [`super::sentiment`]),
//! over-explaining and pleading. Where kinds overlap in one sentence, one finding says what to change:
//! over-explaining takes in an excuse, an excuse the state it excuses ("I was exhausted"), a plea the excuse it
//! pleads with, and an apology or a plea the self-judgement it names ("forgive me for the muddle").

use super::sentences::{is_first_person, is_negator, Sentence};
use super::sentiment::{
    AT_EASE, CAUSE_WORDS, CIRCUMSTANCES, EXPLAINING, EXPLAINING_NOW, FRAME, PLEADING, REASON_GIVEN,
    SELF_NEGATIVE, SELF_NEGATIVE_PHRASES, SELF_POSITIVE, SHORTFALL_PHRASES, SLIPS, STATE_NEGATIVE,
    STATE_POSITIVE, TURNS_WELL,
};
use super::Span;

/// What the rules found in one sentence.
#[derive(Debug, Default)]
pub(super) struct Reading {
    pub(super) apologies: Vec<Span>,
    /// The whole sentence, when it offers a cause for a shortfall.
    pub(super) excuse: Option<Span>,
    pub(super) self_deprecation: Vec<Span>,
    pub(super) over_explaining: Vec<Span>,
    pub(super) pleading: Vec<Span>,
}

/// The reading of one sentence, with the precedence above applied.
pub(super) fn read(s: &Sentence) -> Reading {
    let over_explaining = over_explaining(s);
    let apologies = apologies(s);
    let pleading = pleading(s);
    // A plea takes in the state it pleads about ("see past my nerves").
    let excuse = if over_explaining.is_empty() && pleading.is_empty() {
        excuse(s)
    } else {
        None
    };
    let self_deprecation =
        if over_explaining.is_empty() && excuse.is_none() && !owns_up(&apologies, &pleading) {
            self_deprecation(s)
        } else {
            Vec::new()
        };
    Reading {
        apologies,
        excuse,
        self_deprecation,
        over_explaining,
        pleading,
    }
}

/// Whether the sentence apologises or pleads: the slip it names ("forgive me for the muddle", "despite one bad
/// answer") is part of that, and one finding on the sentence says what to change.
pub(super) fn owns_up(apologies: &[Span], pleading: &[Span]) -> bool {
    !apologies.is_empty() || !pleading.is_empty()
}

/// Whether `word` is in `list` (a trailing `*` in the list matches a stem).
fn listed(word: &str, list: &[&str]) -> bool {
    // A possessive counts as its noun ("a terrible night's sleep").
    let word = word.strip_suffix("'s").unwrap_or(word);
    list.iter().any(|entry| match entry.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == *entry,
    })
}

fn word<'a>(s: &'a Sentence, i: usize) -> &'a str {
    s.words.get(i).map_or("", |w| w.text)
}

/// Apologies in any form: "sorry" (not "sorry to hear"), "apologise" and "my apologies" (not "no need to
/// apologise"), "forgive me", "pardon my", "excuse the delay", "I'm afraid I…" about something done, "I regret"
/// (not "I regret nothing"), "I feel awful about".
fn apologies(s: &Sentence) -> Vec<Span> {
    let mut spans = Vec::new();
    for i in 0..s.words.len() {
        let (w, prev, next, after) = (
            word(s, i),
            word(s, i.wrapping_sub(1)),
            word(s, i + 1),
            word(s, i + 2),
        );
        let object = matches!(
            next,
            "me" | "my" | "the" | "this" | "our" | "us" | "any" | "a" | "an"
        );
        let start = match w {
            // "sorry to hear", "sorry to have missed Tom": sympathy or regret, not an apology.
            "sorry" if !(next == "to" && sympathy(s, i + 2)) => i,
            _ if w.starts_with("apolog") => {
                let refused = s.words[i.saturating_sub(3)..i]
                    .iter()
                    .any(|w| is_negator(w.text));
                if refused {
                    continue;
                }
                i
            }
            "forgive" | "forgiven"
                if object || matches!(prev, "please" | "will" | "can" | "could" | "you'll") =>
            {
                if prev == "please" {
                    i - 1
                } else {
                    i
                }
            }
            "pardon" | "excuse" if object && !(next == "me" && after == "from") => {
                if prev == "please" {
                    i - 1
                } else {
                    i
                }
            }
            // "I beg your pardon" is an apology, not a plea.
            "pardon" if prev == "your" && word(s, i.wrapping_sub(2)) == "beg" => i - 2,
            // "I'm afraid I got the figure wrong" owns up to a slip; "I'm afraid I won't be free" does not.
            "afraid" if matches!(prev, "i'm" | "am") && next != "of" && looks_back(s, i) => i - 1,
            "regret" | "regrets" | "regretted" => match regret(s, i) {
                Some(start) => start,
                None => continue,
            },
            "regrettable" | "regrettably" | "mortified" => i,
            "awful" | "terrible" | "bad" | "dreadful"
                if matches!(prev, "feel" | "felt") && matches!(next, "about" | "for") =>
            {
                i - 1
            }
            "bad" if prev == "my" && s.words.len() <= 4 => i - 1,
            _ => continue,
        };
        spans.push(s.words_span(start, i));
    }
    spans
}

/// Whether the words from `i` on are news received or a loss ("hear", "have missed"), after "sorry to".
fn sympathy(s: &Sentence, i: usize) -> bool {
    let verb = if word(s, i) == "have" {
        word(s, i + 1)
    } else {
        word(s, i)
    };
    matches!(
        verb,
        "hear"
            | "heard"
            | "read"
            | "learn"
            | "learned"
            | "learnt"
            | "see"
            | "seen"
            | "miss"
            | "missed"
            | "say"
    )
}

/// Whether the judgement at word `i` is of something else: "a terrible night's sleep", "a poorly performing
/// portfolio".
pub(super) fn judges_something_else(s: &Sentence, i: usize) -> bool {
    let next = word(s, i + 1);
    listed(next, CIRCUMSTANCES)
        || (next.len() > 4 && next.ends_with("ing") && word(s, i).ends_with("ly"))
}

/// Whether "better" (or "more") at word `i` looks back on the performance: "should have done better", "I wish I had
/// prepared better" (not "I wish I had more time to hear about the office").
fn wished_better(s: &Sentence, i: usize) -> bool {
    let before = &s.words[i.saturating_sub(5)..i];
    let should_have = before
        .windows(2)
        .any(|p| matches!(p[0].text, "should" | "could") && p[1].text == "have");
    let wish = before
        .windows(2)
        .any(|p| p[0].text == "wish" && matches!(p[1].text, "i" | "i'd"));
    (should_have && before.iter().any(|w| w.text == "done")) || (wish && word(s, i) == "better")
}

/// Whether anything after word `i` is in the past tense.
fn looks_back(s: &Sentence, i: usize) -> bool {
    s.words[i + 1..]
        .iter()
        .any(|w| super::sentences::is_past(w.text))
}

/// Where the apology around "regret" at word `i` starts ("I deeply regret the mix-up"), unless it declines one
/// ("I regret nothing", "I regret that we ran out of time") or gives news ("I regret to say I will be away").
fn regret(s: &Sentence, i: usize) -> Option<usize> {
    let (next, after) = (word(s, i + 1), word(s, i + 2));
    let news = next == "to" && !looks_back(s, i);
    let declined =
        next == "nothing" || (next == "that" && matches!(after, "we" | "you" | "they" | "it"));
    // The candidate's own regret ("I regret", "my regret", "with regret"), not "you won't regret it".
    let own = matches!(
        word(s, i.wrapping_sub(1)),
        "my" | "express" | "with" | "deep" | "sincere"
    ) || word(s, i.wrapping_sub(1)) == "i"
        || word(s, i.wrapping_sub(2)) == "i";
    if news || declined || !own {
        return None;
    }
    Some(if word(s, i.wrapping_sub(1)) == "i" {
        i - 1
    } else if word(s, i.wrapping_sub(2)) == "i" {
        i - 2
    } else {
        i
    })
}

/// A state of the candidate's that falls short: a bad state ("exhausted", "rattled", "the commute threw me") or a
/// good one negated ("I wasn't quite myself", "I couldn't prepare", "I hadn't slept").
fn shortfall_state(s: &Sentence) -> bool {
    (turn(s)..s.words.len()).any(|i| {
        let w = word(s, i);
        // "nervous about nothing", and "tired of" (fed up with) is no state.
        let about_nothing = (matches!(word(s, i + 1), "about" | "of")
            && word(s, i + 2) == "nothing")
            || (w == "tired" && word(s, i + 1) == "of");
        // "affected" and the like are a state only with the candidate as object ("which affected my answers").
        let object = !matches!(w, "affected" | "affecting" | "wore" | "threw")
            || s.words[i + 1..]
                .iter()
                .take(3)
                .any(|w| matches!(w.text, "me" | "my" | "how" | "off"));
        // "Not quite myself", not "I didn't explain myself well".
        let myself = w != "myself"
            || matches!(
                word(s, i.wrapping_sub(1)),
                "quite" | "was" | "wasn't" | "feel" | "feeling" | "felt" | "entirely"
            );
        // "my focus wasn't where it should have been": the negation may follow.
        // "I had only slept three hours": "only" limits as a negation does.
        let negated = s.negated(i, 6)
            || s.words[i + 1..].iter().take(2).any(|w| is_negator(w.text))
            || s.words[i.saturating_sub(3)..i]
                .iter()
                .any(|w| w.text == "only");
        (listed(w, STATE_NEGATIVE) && object && !s.negated(i, 3) && !about_nothing && s.about_me(i))
            || (listed(w, STATE_POSITIVE) && myself && negated && s.about_me(i))
    }) || s
        .find_any(SHORTFALL_PHRASES)
        .is_some_and(|(start, _)| start >= turn(s))
}

/// Where the sentence's judgement starts: after a "but" that turns it to the good (as in VADER, what follows "but"
/// outweighs what came before: "I was nervous before the interview, but the conversation put me at ease").
fn turn(s: &Sentence) -> usize {
    let good = |j: usize| {
        listed(word(s, j), AT_EASE) || (listed(word(s, j), TURNS_WELL) && !s.negated(j, 3))
    };
    s.words
        .iter()
        .position(|w| w.text == "but")
        .filter(|&b| (b + 1..s.words.len()).any(good))
        .map_or(0, |b| b + 1)
}

/// States that explain a slip on their own, with no cause named: being ill or worn out, or having had no time,
/// sleep or chance to prepare ("I didn't have time to prepare").
fn self_sufficient(s: &Sentence) -> bool {
    (0..s.words.len()).any(|i| {
        let w = word(s, i);
        let ill = matches!(
            w,
            "tired"
                | "exhausted"
                | "sick"
                | "ill"
                | "unwell"
                | "migraine"
                | "flu"
                | "sleepless"
                | "headache"
        ) && !(w == "tired" && word(s, i + 1) == "of");
        let lacking = matches!(
            w,
            "time" | "sleep" | "slept" | "prepare" | "prepared" | "preparation"
        );
        ((ill && !s.negated(i, 3)) || (lacking && s.negated(i, 6))) && s.about_me(i)
    })
}

/// A cause offered: a causal connective used as one, or (when `circumstance_enough`) a circumstance outside the
/// candidate named in the sentence.
fn cause_offered(s: &Sentence, circumstance_enough: bool) -> bool {
    (0..s.words.len()).any(|i| {
        let (w, next) = (word(s, i), word(s, i + 1));
        let clause_start = i == 0 || s.words[i - 1].clause != s.words[i].clause;
        let causal = match w {
            "as" | "with" | "after" | "having" | "between" | "following" => clause_start,
            // "which is why" gives a cause; "which was not my finest moment" does not.
            "which" => {
                word(s, i + 2) == "why"
                    || !matches!(next, "was" | "is" | "were" | "are" | "i" | "we" | "you")
            }
            "train" if next == "of" => false,
            "since" => !next.starts_with(|c: char| c.is_ascii_digit()),
            "so" => clause_start && (is_first_person(next) || next == "the"),
            "left" | "made" | "kept" | "put" | "caught" | "got" | "threw" => {
                let after = || s.words[i + 1..].iter().take(4);
                // "put me at ease" and "left me impressed" are no cause of a shortfall.
                after().any(|w| matches!(w.text, "me" | "my"))
                    && !after().any(|w| listed(w.text, AT_EASE))
            }
            _ => listed(w, CAUSE_WORDS),
        };
        causal
            || (circumstance_enough && listed(w, CIRCUMSTANCES) && !(w == "train" && next == "of"))
    })
}

/// Excuses: a first-person sentence with a state that falls short and a cause offered for it.
fn excuse(s: &Sentence) -> Option<Span> {
    // The shortfall may be any self-judgement too ("so I was slow on the numbers", "I wasn't thinking clearly").
    // A self-judgement needs a connective: in "my answer on the restructuring was confused" the noun is the topic.
    let offered = (shortfall_state(s) && cause_offered(s, true))
        || (!self_deprecation(s).is_empty() && cause_offered(s, false));
    (s.first_person() && (offered || self_sufficient(s))).then_some(s.span)
}

/// Self-deprecation: negative self-evaluation of the candidate ("I rambled", "my answers were muddled"), or a
/// positive one negated ("not great", "I did not do myself justice").
fn self_deprecation(s: &Sentence) -> Vec<Span> {
    let mut spans = Vec::new();
    // What follows "but" outweighs what came before (as in VADER): "I was nervous before the interview, but the
    // conversation put me at ease" ends well.
    for i in turn(s)..s.words.len() {
        if let Some(end) = SELF_NEGATIVE_PHRASES.iter().find_map(|p| s.phrase_at(i, p)) {
            if !s.negated(i, 3) {
                spans.push(s.words_span(i, end));
            }
            continue;
        }
        let (w, prev, next) = (word(s, i), word(s, i.wrapping_sub(1)), word(s, i + 1));
        let about_nothing = matches!(next, "about" | "of") && word(s, i + 2) == "nothing";
        let whole_word = match w {
            // Disappointed in oneself, not with the outcome ("While I am disappointed, …").
            "disappointed" => s.words[i + 1..]
                .iter()
                .take(3)
                .any(|w| matches!(w.text, "myself" | "how" | "my")),
            "tongue" => next == "tied",
            "winded" => prev == "long",
            // An intensifier, not a judgement: "terribly sorry", "awfully kind".
            "terribly" | "awfully" => false,
            _ => true,
        };
        let believe = s.words[i.saturating_sub(4)..i]
            .iter()
            .any(|w| w.text == "believe");
        if listed(w, SELF_NEGATIVE)
            && whole_word
            && !judges_something_else(s, i)
            && !about_nothing
            && (believe || !s.negated(i, 4))
            && s.about_me(i)
        {
            spans.push(s.words[i].span);
        } else if matches!(w, "better" | "more") && wished_better(s, i) {
            // "I should have done much better", "I wish I had prepared better": a verdict on the performance.
            spans.push(s.words[i].span);
        } else if listed(w, SELF_POSITIVE)
            // "as well" (also) is no judgement; "as well as I could have" is.
            && !(w == "well" && prev == "as" && next != "as")
            && (s.negated(i, 8) || s.negation_raised(i))
            && s.about_me(i)
        {
            let negator = (i.saturating_sub(8)..i)
                .find(|&j| is_negator(word(s, j)))
                .unwrap_or(i);
            spans.push(s.words_span(negator, i));
        }
    }
    spans
}

/// Over-explaining: an explanation of a slip announced ("let me explain", "for context", "what I meant"), or a
/// long sentence that chains reasons.
fn over_explaining(s: &Sentence) -> Vec<Span> {
    if !(s.first_person() && about_a_slip(s)) {
        return Vec::new();
    }
    let mut spans = Vec::new();
    for i in 0..s.words.len() {
        let w = word(s, i);
        let verb = ["explain", "clarif", "elaborat"]
            .iter()
            .any(|v| w.starts_with(v))
            && !matches!(w, "explains" | "clarifies" | "elaborates")
            // Explaining now, in the note ("let me explain", "I owe you an explanation"), not reporting what was
            // explained in the interview ("I explained how we cut the close").
            && (i == 0 || s.words[i.saturating_sub(3)..i].iter().any(|w| listed(w.text, EXPLAINING_NOW)));
        // "I didn't explain myself well", "not clear in explaining" judge the answer; they do not explain it.
        let judged = s.negated(i, 3) || matches!(word(s, i.wrapping_sub(1)), "in" | "of" | "at");
        if verb && !judged && mine(s, i) {
            // The span takes in the frame: "Let me explain", "I'd like to clarify".
            let frame = (i.saturating_sub(4)..i)
                .find(|&j| s.words[j..i].iter().all(|w| listed(w.text, FRAME)))
                .unwrap_or(i);
            spans.push(s.words_span(frame, i));
        } else if let Some(end) = EXPLAINING.iter().find_map(|p| s.phrase_at(i, p)) {
            spans.push(s.words_span(i, end));
        } else if let Some(end) = REASON_GIVEN.iter().find_map(|p| s.phrase_at(i, p)) {
            // "The reason I hesitated…" explains a slip; "the reason I applied" does not.
            if names_a_slip(s) {
                spans.push(s.words_span(i, end));
            }
        }
    }
    // One announcement is enough to point at ("Let me explain what happened" is one finding).
    spans.truncate(1);
    let reasons = s
        .words
        .iter()
        .filter(|w| {
            matches!(
                w.text,
                "because" | "since" | "so" | "which" | "then" | "while"
            )
        })
        .count();
    if spans.is_empty() && s.words.len() >= 24 && reasons >= 2 {
        spans.push(s.span);
    }
    spans
}

/// Whether the sentence is about the interview and its slips: it looks back, or names an answer, a comment, a
/// reason ("I can explain my approach in the next round" is an offer, not an explanation).
pub(super) fn about_a_slip(s: &Sentence) -> bool {
    s.past()
        || s.words.iter().any(|w| {
            matches!(
                w.text,
                "answer"
                    | "answers"
                    | "comment"
                    | "circumstances"
                    | "mistake"
                    | "slip"
                    | "why"
                    | "happened"
                    | "gap"
                    | "late"
                    | "hesitation"
            )
        })
}

/// Whether the sentence names a slip in the interview ("hesitated", "late", "my answer").
pub(super) fn names_a_slip(s: &Sentence) -> bool {
    s.words.iter().any(|w| listed(w.text, SLIPS))
}

/// Whether the explaining at word `i` is the candidate's ("let me explain"), not the interviewer's ("thank you
/// for explaining"): the nearest pronoun before it decides.
fn mine(s: &Sentence, i: usize) -> bool {
    for w in s.words[i.saturating_sub(8)..i].iter().rev() {
        if is_first_person(w.text) {
            return true;
        }
        if matches!(
            w.text,
            "you" | "your" | "you'll" | "you're" | "he" | "she" | "they"
        ) {
            return false;
        }
    }
    true
}

/// Pleading, outside a sentence that thanks ("Thank you for giving me a second chance to explain" is thanks).
fn pleading(s: &Sentence) -> Vec<Span> {
    if matches!(word(s, 0), "thank" | "thanks") {
        return Vec::new();
    }
    let mut spans = Vec::new();
    for i in 0..s.words.len() {
        if let Some(end) = PLEADING.iter().find_map(|p| s.phrase_at(i, p)) {
            let hesitate =
                word(s, end + 1) == "hesitate" || (word(s, i) == "beg" && word(s, i + 1) == "your");
            // "I let you down" runs the candidate down; "I won't let you down" is the plea.
            let let_down = word(s, i) == "let" && !s.negated(i, 2);
            if !hesitate && !let_down {
                spans.push(s.words_span(i, end));
            }
        }
    }
    spans
}
