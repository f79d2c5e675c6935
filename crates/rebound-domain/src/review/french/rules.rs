//! The French rules, class by class, over the words of [`super::words`]. Each rule gives the tokens it flags, first
//! and last. Patterns: words folded (no accents), elision undone (`je me excuse` for « je m’excuse »), `a|b`
//! alternatives, `x*` a prefix, `?x` optional, `..` up to three words of any kind (see [`super::words`]).

use super::words::{find, match_at, Token};

/// Words that negate what follows them within three words (« je ne suis pas désolé », « je n’étais pas nerveux »).
const NEGATORS: &[&str] = &[
    "ne",
    "pas",
    "jamais",
    "aucunement",
    "nullement",
    "point",
    "rien",
    "plus",
];

/// Whether token `i` is negated: a negator among the three words before it, in its clause. « pas mal » (Quebec:
/// "quite") is not a negation.
pub(super) fn negated(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    (i.saturating_sub(3)..i)
        .filter(|&j| tokens[j].clause == clause)
        .any(|j| {
            NEGATORS.contains(&tokens[j].word.as_str())
                && !(tokens[j].word == "pas" && tokens.get(j + 1).is_some_and(|t| t.word == "mal"))
        })
}

const FIRST_PERSON: &[&str] = &["je", "me", "moi", "mon", "ma", "mes"];

/// Whether the clause of token `i` speaks of the candidate.
pub(super) fn first_person_clause(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    tokens
        .iter()
        .filter(|t| t.clause == clause)
        .any(|t| FIRST_PERSON.contains(&t.word.as_str()))
}

/// Whether `word` is `pattern` (a prefix when it ends with `*`).
fn word_is(word: &str, pattern: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == pattern,
    }
}

/// The sentence of token `i` contains one of `words` (prefixes with `*`).
fn sentence_has(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    let sentence = tokens[i].sentence;
    tokens
        .iter()
        .filter(|t| t.sentence == sentence)
        .any(|t| words.iter().any(|w| word_is(&t.word, w)))
}

// ---------------------------------------------------------------------------------------------------------------
// Apologies.

const SORRY: &str = "desole|desolee|desoles|desolees|navre|navree|navres|navrees";

/// Apologies in other words than « désolé » and « navré ».
const APOLOGIES: &[&str] = &[
    "je ?vous ?en me ?en excuse*",
    "me excuser",
    "je ?vous ?tiens|voulais|tenais|dois|souhaite|aimerais .. me excuser",
    "excusez|excuse|veuillez|pardonnez moi",
    "excusez|excuse mon|ma|mes|le|la|ce|cet|cette",
    "veuillez ?bien excuser|pardonner",
    "prie de ?bien ?vouloir excuser|me",
    "toutes|mille|mes|des|nos ?plus ?sinceres|profondes excuses",
    "presente|presenter ?toutes ?mes excuses",
    "pardonnez|pardonner mon|ma|mes|cet|cette|ce|le|la|moi",
    "pardon pour|de|si",
    "demande pardon",
    "mea culpa",
    "je suis ?vraiment ?tellement confus|confuse de",
];

/// « Désolé » that is sympathy, not an apology: « désolé d’apprendre », « désolé pour vous », « que votre… ».
fn sympathy_after(tokens: &[Token], i: usize) -> bool {
    match_at(tokens, i + 1, "de apprendre|lire|voir|entendre|savoir").is_some()
        || match_at(
            tokens,
            i + 1,
            "pour|que vous|votre|vos|toi|ton|ta|tes|lui|eux|elle",
        )
        .is_some()
}

pub(super) fn apologies(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = find(tokens, &[SORRY])
        .into_iter()
        .filter(|&(i, _)| !negated(tokens, i) && !sympathy_after(tokens, i))
        .collect();
    found.extend(
        find(tokens, APOLOGIES)
            .into_iter()
            .filter(|&(i, _)| !negated(tokens, i)),
    );
    found.extend(
        find(tokens, &["je ?vous ?le regrette|regrettais"])
            .into_iter()
            // « Je regrette que nous n’ayons pas eu plus de temps » is a wish, not an apology.
            .filter(|&(_, end)| {
                !negated(tokens, end) && tokens.get(end + 1).is_none_or(|t| t.word != "que")
            }),
    );
    found
}

// ---------------------------------------------------------------------------------------------------------------
// Pleading.

const PLEAS: &[&str] = &[
    "je ?vous ?en supplie|implore|conjure",
    "je vous prie instamment",
    "je vous prie de ne pas",
    "donnez|accordez|laissez|offrez moi .. chance|entrevue|occasion",
    "une|ma autre|deuxieme|seconde|derniere|nouvelle|seule chance",
    "?je ?ai|faut|me ?vraiment|absolument|desesperement|tellement|vraiment besoin de ce|cet|cette poste|emploi|travail|job|chance|contrat",
    "il me faut ?absolument|vraiment ce|cet|cette poste|emploi|travail|job",
    "je en ai ?vraiment|absolument|tellement besoin",
    "ferais|ferai ?vraiment ne importe quoi",
    "pret|prete a tout",
    "pret|prete a accepter ne importe",
    "travailler gratuitement|benevolement",
    "ne me laissez pas tomber",
    "je compte ?vraiment sur vous",
    "compte sur moi pour obtenir",
    "je suis ?vraiment desespere|desesperee",
    "pitie",
    "de grace",
    "benefice du doute",
    "ne me rayez|eliminez|ecartez|oubliez pas",
    "ne rejetez|fermez pas",
    "je ne ai pas de|d ?autre option|choix",
    "je ne peux pas me permettre de perdre",
    "si vous ne me engagez|embauchez|choisissez pas",
    "sans ce|cet poste|emploi|travail",
    "je ne survivrai|supporterai pas",
    "vital pour moi",
    "je vous demande une faveur",
    "faire une exception pour moi",
];

/// « Je vous en prie », « s’il vous plaît » plead only when they ask for the job or a second chance.
const POLITE: &[&str] = &["je vous en prie", "se il vous plait", "svp", "please"];
const ASKED_FOR: &[&str] = &[
    "chance",
    "reconsider*",
    "candidature",
    "autre",
    "deuxieme",
    "seconde",
    "rappel*",
    "entrevue",
    "poste",
];

pub(super) fn pleading(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut found = find(tokens, PLEAS);
    found.extend(find(tokens, POLITE).into_iter().filter(|&(i, _)| {
        sentence_has(tokens, i, ASKED_FOR) && !sentence_has(tokens, i, &["merci", "remerci*"])
    }));
    found
}

// ---------------------------------------------------------------------------------------------------------------
// Excuses.

/// The states of the candidate that explain a slip away (« j’étais fatiguée », « je suis arrivé essoufflé »).
const STATE_WORDS: &str = "fatigue|fatiguee|fatigues|epuis*|creve|crevee|nerveux|nerveuse|stresse|stressee|\
anxieux|anxieuse|malade|enrhume*|distrait|distraite|deconcentre*|presse|pressee|deborde*|vapes|plat|brouillard|\
souffle|essouffle|essoufflee";

/// Circumstances that explain a slip away after a cause (« à cause du trafic »), after what the candidate had
/// (« j’avais la grippe », « j’ai eu une urgence »), or as what acted on them (« le trafic m’a retardé »).
const CIRCUMSTANCES: &str = "fatigue|fatiguee|fatigues|epuis*|creve|crevee|nerveux|nerveuse|nervosite|nerfs|stress|\
stresse|stressee|stressant*|anxieux|anxieuse|anxiete|malade|maladie|grippe|rhume|enrhume*|migraine|fievre|insomnie|\
trafic|circulation|bouchon|bouchons|embouteillage*|congestion|metro|autobus|bus|train|vol|pont|tempete|neige|verglas|\
panne|reveil|enfant|fils|fille|bebe|garderie|gardienne|urgence|imprevu|distrait|distraite|deconcentre*|presse|pressee|\
deborde*|demenagement|chaleur|bruit|travaux|connexion|ordinateur|stationnement|medicaments|echeance|decalage|nuit|\
quart|vapes|plat|brouillard|retarde|retardee|chaotique|file|souffle|essouffle|essoufflee";

/// What a circumstance did to the candidate after « m’a », « m’ont » (« m’a mis en retard », « m’a déstabilisée »),
/// as opposed to « le métro m’a permis d’arriver tôt ».
const DID_TO_ME: &str =
    "mis|fait|retarde|retardee|destabilise*|deconcentre*|distrait*|stresse*|nui|bouleverse*|\
etourdi*|empeche*|epuise*|ralenti*|enerve*|ebranle*|decontenance*|perturbe*|coute|desorganise*";

/// What went wrong with the candidate's own train, alarm or child (« Mon réveil n’a pas sonné », « Mon train a été
/// annulé »), as opposed to « Mon enfant intérieur a adoré… ».
const WENT_WRONG: &[&str] = &[
    "ne",
    "pas",
    "annule*",
    "retard*",
    "panne",
    "malade",
    "plante",
    "tombe",
    "coupe",
    "decommande*",
    "dessus",
    "fievre",
    "pleur*",
    "reveille*",
    "sonne",
];

/// What was missing, after a negative state (« je n’avais pas dormi », « je n’ai pas eu le temps »).
const LACKS: &[&str] = &[
    "dormi",
    "le temps",
    "assez de temps",
    "suffisamment de temps",
    "pu me preparer",
    "me preparer",
    "dans mon assiette",
    "au meilleur de ma forme",
    "en forme",
    "repose",
    "reposee",
    "la tete a",
];

/// Words that give a cause; they make an excuse when they open the sentence, or follow the candidate in their
/// stretch (« j’ai hésité parce que… »).
const CAUSES: &[&str] = &[
    "a cause de|du|des",
    "en raison de|du|des",
    "parce que",
    "puisque",
    "vu que",
    "etant donne",
    "comme",
    "faute de",
    "apres",
    "avec",
    "de ou",
];

/// First-person states a state word follows (« j’étais épuisée »).
const STATES: &[&str] = &[
    "je ?me etais|suis|sentais",
    "je ai ete",
    "je me suis senti|sentie",
];

/// What the candidate had or came from, a circumstance follows (« j’avais la grippe », « je sortais d’un quart »).
const HAD: &[&str] = &["je avais|sortais", "je ai eu"];

/// Negative first-person states, followed by what was missing.
const NEGATIVE_STATES: &[&str] =
    &["je ne etais|avais|ai|suis|me|pouvais .. pas|jamais|presque|guere"];

/// Set phrases that are excuses wherever they are.
const EXCUSE_PHRASES: &[&str] = &[
    "pas ?de ma faute",
    "la faute de|du|des",
    "faute de temps",
    "peu dormi",
    "nuit blanche",
    "mal a la tete",
    "je etais sous pression",
    "mon horaire charge",
    "me ont|a|avait|avaient ?fait ?mis en retard",
];

/// Third-person words that move a circumstance off the candidate (« désolé pour votre collègue qui était malade »).
const SOMEONE_ELSE: &[&str] = &["qui", "votre", "vos", "il", "elle", "ils", "elles", "on"];

/// What [`circumstance_after`] looks for.
#[derive(Clone, Copy, PartialEq)]
enum Want {
    /// A state of the candidate ([`STATE_WORDS`]).
    State,
    /// Any circumstance ([`CIRCUMSTANCES`]).
    Circumstance,
    /// What was missing ([`LACKS`]).
    Lack,
}

/// The last of what is wanted within nine words after token `from`, in its clause, with nobody else in between.
fn circumstance_after(tokens: &[Token], from: usize, want: Want) -> Option<usize> {
    let clause = tokens.get(from)?.clause;
    let mut last = None;
    for j in from..tokens.len().min(from + 9) {
        if tokens[j].clause != clause || SOMEONE_ELSE.contains(&tokens[j].word.as_str()) {
            break;
        }
        // « en train de » is "in the middle of", not a train.
        if tokens[j].word == "train" && j > 0 && tokens[j - 1].word == "en" {
            continue;
        }
        let hit = match want {
            Want::Lack => LACKS.iter().find_map(|l| match_at(tokens, j, l)),
            Want::State => match_at(tokens, j, STATE_WORDS),
            Want::Circumstance => match_at(tokens, j, CIRCUMSTANCES),
        };
        last = hit.or(last);
    }
    last
}

/// Whether a cause at token `i` is the candidate's: the candidate speaks before it in the same stretch between
/// commas (« j’ai hésité parce que… »), or it opens the sentence and the candidate is in its stretch or the next one
/// (« À cause de la neige, je suis arrivé… », not « Avec la neige, les routes étaient belles, et je… »).
fn cause_is_mine(tokens: &[Token], i: usize) -> bool {
    let mine = |t: &Token| FIRST_PERSON.contains(&t.word.as_str());
    let (sentence, segment) = (tokens[i].sentence, tokens[i].segment);
    let first_of_sentence = i == 0 || tokens[i - 1].sentence != sentence;
    let before = tokens[..i]
        .iter()
        .rev()
        .take_while(|t| t.segment == segment)
        .any(mine);
    let after = tokens[i..]
        .iter()
        .take_while(|t| t.sentence == sentence && t.segment <= segment + 1)
        .any(mine);
    before || (first_of_sentence && after)
}

/// A circumstance that opens a clause (« Le trafic m’a… », « Mon réveil n’a pas sonné ») with the candidate
/// in the sentence after it, and not denied (« Le trafic n’a pas été un problème »): the last token of the passage.
fn circumstance_as_subject(tokens: &[Token], i: usize) -> Option<usize> {
    // It opens its clause: a sentence, or what follows a colon (« …mon retard : le trafic m’a… »).
    let sentence = tokens[i].sentence;
    if i > 0 && tokens[i - 1].clause == tokens[i].clause {
        return None;
    }
    let possessive = matches!(tokens[i].word.as_str(), "mon" | "ma" | "mes");
    let noun = match match_at(tokens, i, "le|la|les|un|une|mon|ma|mes") {
        Some(_) => i + 1,
        None => i,
    };
    match_at(tokens, noun, CIRCUMSTANCES)?;
    let rest = || {
        tokens[noun + 1..]
            .iter()
            .take_while(|t| t.sentence == sentence)
    };
    // The circumstance acts on the candidate (« m’a retardé », « ce qui m’a déstabilisé », « d’où mon retard »);
    // the candidate's own alarm or train went wrong (« Mon réveil n’a pas sonné »).
    let acted = |j: usize| {
        tokens[j].word == "me"
            && (j + 1..tokens.len().min(j + 6)).any(|k| match_at(tokens, k, DID_TO_ME).is_some())
    };
    let mine = (possessive && rest().any(|t| WENT_WRONG.iter().any(|w| word_is(&t.word, w))))
        || (noun + 1..tokens.len())
            .take_while(|&j| tokens[j].sentence == sentence)
            .any(acted)
        || rest()
            .zip(rest().skip(1))
            .any(|(a, b)| a.word == "mon" && b.word == "retard");
    let denied = !possessive
        && rest()
            .take(3)
            .any(|t| matches!(t.word.as_str(), "ne" | "pas"));
    if !mine || denied {
        return None;
    }
    // The span runs on to what the circumstance did (« m’a complètement déstabilisée », « n’a pas sonné »), up to
    // six words, within the stretch between commas and before a new clause (« et », « alors », « ce qui »…).
    let from = match possessive {
        true => noun,
        false => (noun + 1..tokens.len())
            .find(|&j| tokens[j].word == "me")
            .filter(|&j| tokens[j].segment == tokens[noun].segment)
            .unwrap_or(noun),
    };
    let end = (from + 1..tokens.len().min(from + 7))
        .take_while(|&j| {
            tokens[j].segment == tokens[from].segment
                && !matches!(
                    tokens[j].word.as_str(),
                    "et" | "mais" | "alors" | "donc" | "ce" | "qui" | "car"
                )
        })
        .last()
        .unwrap_or(from);
    Some(end)
}

pub(super) fn excuses(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut found = find(tokens, EXCUSE_PHRASES);
    for i in 0..tokens.len() {
        if tokens[i].quoted {
            continue;
        }
        if let Some(end) = NEGATIVE_STATES.iter().find_map(|p| match_at(tokens, i, p)) {
            if let Some(last) = circumstance_after(tokens, end + 1, Want::Lack) {
                found.push((i, last));
            }
        } else if let Some(end) = STATES.iter().find_map(|p| match_at(tokens, i, p)) {
            if let Some(last) = circumstance_after(tokens, end + 1, Want::State) {
                found.push((i, last));
            }
        } else if let Some(end) = HAD.iter().find_map(|p| match_at(tokens, i, p)) {
            if let Some(last) = circumstance_after(tokens, end + 1, Want::Circumstance) {
                found.push((i, last));
            }
        }
        // A cause followed by a negative state (« parce que je n’avais pas dormi ») is found at the state.
        if let Some(end) = CAUSES.iter().find_map(|p| match_at(tokens, i, p)) {
            let last = circumstance_after(tokens, end + 1, Want::Circumstance);
            if let Some(last) = last.filter(|_| cause_is_mine(tokens, i)) {
                found.push((i, last));
            }
        }
        if let Some(noun) = circumstance_as_subject(tokens, i) {
            found.push((i, noun));
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------------------------
// Self-deprecation.

/// Put-downs that need no judgement word.
const PUT_DOWNS: &[&str] = &[
    "je ne suis|etais ?vraiment pas ?tres|vraiment|si|super|trop|tellement|particulierement bon|bonne|doue|douee",
    "je suis pas ?tres|vraiment|si|super|trop|tellement|particulierement bon|bonne|doue|douee",
    "je ne suis|etais pas ?tres|vraiment|si|super|tellement a le|la aise|hauteur",
    "je ne ai ?vraiment pas ete ?tres|vraiment|si|super|particulierement bon|bonne|clair|claire|convaincant|convaincante|brillant|brillante",
    "je ne ai ?vraiment pas ete a la hauteur",
    "pas a la hauteur",
    "je ne etais ?vraiment pas a mon meilleur",
    "pas ma meilleure|meilleur performance|entrevue|prestation",
    "je ne me suis pas rendu|rendue justice",
    "je ne ai ?vraiment pas brille|su",
    "je ne suis pas sur|sure|certain|certaine de etre|avoir",
    "je doute de etre|avoir",
    "je suis loin de etre",
    "je ne suis que un|une debutant|debutante",
    "je ai ?complete* ?vraiment ?totalement ?royalement rate|gache|bousille|bloque|fige|decu|echoue",
    "je ai tout gache|rate",
    "je vous ai ?surement ?probablement decu|decus|decue|decues",
    "je me suis ?complete* ?vraiment plante|plantee|enfarge|enfargee|ridiculise|ridiculisee",
    "je ai perdu mes moyens",
    "je ai fait un fou de moi",
    "je ai honte",
    "je ai ?vraiment mal paru|repondu",
    "je ai eu le air .. incompetent|incompetente|ridicule|debutant|debutante|perdu|perdue",
    "comme un|une debutant|debutante|amateur|amatrice",
    "le|la pire candidat|candidate",
    "je manque ?clairement|vraiment de experience|confiance|competence*",
    "manquaient ?cruellement de substance",
    "mal choisis|choisies|choisi",
    "je ai manque mon coup",
    "je me sens|sentais|suis ?senti|sentie ?vraiment ?tellement stupide|idiot|idiote|nul|nulle|incompetent|incompetente",
    "je me trouve ?vraiment mauvais|mauvaise|nul|nulle",
    "je ai ete incapable",
];

/// Judgements that run the candidate down when the clause is about the candidate and they are not negated.
const JUDGEMENTS: &str = "nul|nulle|nuls|nulles|pitoyable*|lamentable*|mediocre*|catastroph*|desastre*|desastreu*|\
pourri|pourrie|rate|ratee|ratees|incompetent|incompetente|stupide|idiot|idiote|maladroit|maladroite|decevant*|\
ennuyant|ennuyante";

/// Weaker judgements: only after a first-person state or about the candidate's answers (« j’ai été mauvais »,
/// « ma réponse était faible »).
const WEAK: &[&str] = &[
    "je ai ete|etais|suis ?vraiment|franchement|tres|complete* mauvais|mauvaise|faible|ordinaire",
    "ma|mes reponse|reponses|performance|presentation .. .. etait|etaient|a|ont ?ete ?vraiment|franchement|tres mauvais|mauvaise|mauvaises|faible|faibles|ordinaire|ordinaires",
];

pub(super) fn self_deprecation(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut found = find(tokens, PUT_DOWNS);
    // The weak judgement is the predicate (« j’ai été mauvais sur… », « …était faible. »), not an adjective before
    // a noun (« j’ai été mauvaise joueuse au golf »).
    let predicate = |end: usize| {
        tokens.get(end + 1).is_none_or(|t| {
            t.segment != tokens[end].segment
                || matches!(
                    t.word.as_str(),
                    "sur"
                        | "en"
                        | "pendant"
                        | "a"
                        | "lors"
                        | "dans"
                        | "durant"
                        | "avec"
                        | "et"
                        | "au"
                        | "aux"
                )
        })
    };
    found.extend(
        find(tokens, WEAK)
            .into_iter()
            .filter(|&(_, end)| !negated(tokens, end) && predicate(end)),
    );
    found.extend(
        find(tokens, &[JUDGEMENTS])
            .into_iter()
            // « nulle part » is "nowhere".
            .filter(|&(i, _)| {
                !negated(tokens, i)
                    && first_person_clause(tokens, i)
                    && tokens.get(i + 1).is_none_or(|t| t.word != "part")
            }),
    );
    found
}

// ---------------------------------------------------------------------------------------------------------------
// Over-explaining.

/// Announced explanations, wherever they are.
const ANNOUNCED: &[&str] = &[
    "ce que je voulais|essayais|ai ?voulu ?essaye .. dire",
    "ce qui se est ?reellement ?vraiment passe",
    "ce qui ?me est arrive",
    "pour ma defense",
    "a ma decharge",
    "en contexte",
    "donner ?un ?peu de contexte",
    "je vous dois une|des|quelques explication*",
    "justifier",
    "je tiens a me expliquer",
    "je souhaite me expliquer",
    "il faut comprendre|savoir que",
    "ce que vous devez savoir",
    "que vous sachiez pourquoi",
    "voici pourquoi",
    "expliquer en detail",
    "revenir en detail",
    "vient du fait que",
];

/// Verbs of explanation, which over-explain when the sentence is about a slip or says why.
const EXPLAIN: &str =
    "?laissez|laisse|permettez ?moi ?de ?vous|te|me expliquer|clarifier|revenir|raconter";
/// Words that make a sentence about a slip or its cause.
const ABOUT_A_SLIP: &[&str] = &[
    "pourquoi",
    "raison*",
    "contexte",
    "circonstances",
    "erreur",
    "hesit*",
    "retard",
    "passe",
    "arrive",
    "que",
    "reponse",
    "chiffre",
    "silence",
    "confus*",
    "malentendu",
    "pousse*",
];
/// Hedges that open an explanation when the sentence is about a slip (« Pour être honnête, j’ai hésité parce
/// que… »), not otherwise (« Pour être honnête, c’est la meilleure entrevue… »).
const HEDGES: &[&str] = &[
    "pour etre ?bien ?tout honnete|franc|franche",
    "la verite ce est que",
    "en fait",
    "la raison",
    "si je ai",
];
const SLIP_OR_CAUSE: &[&str] = &[
    "parce", "hesit*", "erreur", "confus*", "mal", "confondu", "melange", "retard", "reponse",
    "explique",
];
/// Connectives that give a reason; two in one sentence is an explanation running on.
const REASONS: &[&str] = &[
    "parce que",
    "ce est pourquoi",
    "ce qui explique",
    "de ou",
    "a cause de|du|des",
];

pub(super) fn over_explaining(tokens: &[Token]) -> Vec<(usize, usize)> {
    // « désolé pour ce qui s’est passé » apologises for it; it does not explain it.
    let mut found: Vec<(usize, usize)> = find(tokens, ANNOUNCED)
        .into_iter()
        .filter(|&(i, _)| !(i > 0 && matches!(tokens[i - 1].word.as_str(), "pour" | "de")))
        .collect();
    found.extend(
        find(tokens, &[EXPLAIN])
            .into_iter()
            .filter(|&(i, _)| sentence_has(tokens, i, ABOUT_A_SLIP)),
    );
    found.extend(
        find(tokens, HEDGES)
            .into_iter()
            .filter(|&(i, _)| sentence_has(tokens, i, SLIP_OR_CAUSE)),
    );
    let reasons = find(tokens, REASONS);
    for &(i, end) in &reasons {
        let sentence = tokens[i].sentence;
        if reasons
            .iter()
            .filter(|(j, _)| tokens[*j].sentence == sentence)
            .count()
            >= 2
        {
            found.push((i, end));
        }
    }
    let starts: Vec<usize> = find(tokens, &["ce qui explique"])
        .into_iter()
        .map(|(i, _)| i)
        .collect();
    found.extend(
        starts
            .into_iter()
            .filter(|&i| i == 0 || tokens[i - 1].sentence != tokens[i].sentence)
            .map(|i| (i, i + 2)),
    );
    found
}
