//! The phrase lists the review matches: excuses (for their tight spans), thanks, interest and greetings (the phrases that point
//! at each kind of gaffe are in its catalogue entry, `mention_phrases`). Lowercase ASCII; a phrase must start at a
//! word boundary; a trailing `*` lets it run on to the end of the word ("apolog*" matches "apologise",
//! "apologies"), otherwise it must end at a word boundary.

/// Article step 4: "avoid making excuses".
pub(super) const EXCUSE_PHRASES: &[&str] = &[
    "because i was",
    "i was nervous",
    "i was so nervous",
    "i was very nervous",
    "i was really nervous",
    "my nerves",
    "i was tired",
    "i was exhausted",
    "i was stressed",
    "i was flustered",
    "i was distracted",
    "i was unwell",
    "i was sick",
    "i wasn't feeling well",
    "i was not feeling well",
    "traffic",
    "didn't have time",
    "did not have time",
    "didn't have enough time",
    "did not have enough time",
    "had no time",
    "didn't have a chance to prepare",
    "didn't get a chance to prepare",
    "my alarm",
    "overslept",
    "my train",
    "the train was",
    "the bus was",
    "not my fault",
    "wasn't my fault",
    "was not my fault",
    "no fault of my own",
    "didn't sleep",
    "did not sleep",
    "didn't get much sleep",
    "off day",
    "a bad day",
    "had a lot going on",
];

/// Article step 4 (courtesy): a thank-you note thanks.
pub(super) const THANKS_PHRASES: &[&str] = &["thank*", "grateful", "gratitude", "appreciat*"];

/// Article step 5 / step 4: restate how much you want the role.
pub(super) const INTEREST_PHRASES: &[&str] = &[
    "interest*",
    "excit*",
    "enthusias*",
    "keen",
    "eager*",
    "look forward",
    "looking forward",
    "would love",
    "i'd love",
    "would welcome",
    "want to join",
    "hope to join",
    "passionate",
    "motivated",
];

pub(super) const GREETINGS: &[&str] = &[
    "dear",
    "hi",
    "hello",
    "hey",
    "good morning",
    "good afternoon",
    "good evening",
    "greetings",
];

pub(super) const HONORIFICS: &[&str] =
    &["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"];

/// Words that make a salutation segment a group rather than a person ("Dear hiring team").
pub(super) const GENERIC_ADDRESSEES: &[&str] = &[
    "team",
    "all",
    "everyone",
    "everybody",
    "hiring",
    "sir",
    "madam",
    "committee",
    "panel",
    "colleagues",
    "folks",
    "there",
    "manager",
    "recruiter",
    "recruiting",
    "whom",
];

/// First words that end the salutation and start the prose ("Hi Armin, Thank you for…").
pub(super) const PROSE_STARTERS: &[&str] = &[
    "thank", "thanks", "i", "i'm", "it", "it's", "just", "great", "hope", "good", "how", "many",
    "what", "a", "the", "we", "this", "my",
];

/// The English salutation words, for [`super::salutation::check_salutation`].
pub(super) const SALUTATIONS: super::salutation::SalutationWords =
    super::salutation::SalutationWords {
        greetings: GREETINGS,
        honorifics: HONORIFICS,
        generic: GENERIC_ADDRESSEES,
        prose_starters: PROSE_STARTERS,
        and: "and",
    };
